package org.postwatch.insights.web;

/**
 * The dashboard filter as typed: a period ("30d", "quarter", "12m" or "custom" with dates), and optionally an account
 * id, an owning unit or an objective code. Kept as text so a bad date is shown back, not lost.
 */
public record FilterForm(String period, String from, String to, String account, String unit, String objective) {

    public FilterForm {
        period = period == null || period.isBlank() ? "12m" : period;
        from = from == null ? "" : from.strip();
        to = to == null ? "" : to.strip();
        account = account == null ? "" : account.strip();
        unit = unit == null ? "" : unit;
        objective = objective == null ? "" : objective;
    }
}
