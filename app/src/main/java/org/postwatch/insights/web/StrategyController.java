package org.postwatch.insights.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.insights.Insights;
import org.postwatch.insights.Strategy;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The force's strategy objectives and targets: everyone with a dashboard reads them; account managers and force
 * administrators change them.
 */
@Controller
@RequestMapping("/insights/strategy")
class StrategyController {

    /** One objective's row on the form, as typed. */
    record ObjectiveRow(StrategyObjective objective, boolean chosen, String target, String error) {}

    private final Strategy strategy;

    StrategyController(Strategy strategy) {
        this.strategy = strategy;
    }

    @GetMapping
    @PreAuthorize(Insights.DASHBOARD_ROLES)
    String show(Model model) {
        List<ObjectiveRow> rows = strategy.objectives().stream()
                .map(o -> new ObjectiveRow(
                        o.objective(),
                        o.chosen(),
                        o.targetPerMonth() == null ? "" : o.targetPerMonth().toString(),
                        null))
                .toList();
        return page(rows, List.of(), model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'FORCE_ADMIN')")
    String change(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        List<String> chosenCodes = form.getOrDefault("objective", List.of());
        List<ObjectiveRow> rows = new ArrayList<>();
        List<String[]> errors = new ArrayList<>();
        Map<StrategyObjective, Integer> ordered = new EnumMap<>(StrategyObjective.class);
        for (StrategyObjective o : StrategyObjective.values()) {
            boolean on = chosenCodes.contains(o.name());
            String target = form.getFirst("target-" + o.name());
            target = target == null ? "" : target.strip().replace(",", "");
            String error = null;
            Integer value = null;
            if (!target.isEmpty()) {
                try {
                    value = Integer.valueOf(target);
                    if (value < 1 || value > 10_000) {
                        error = "Enter a target for " + o.label() + " between 1 and 10,000 posts a month";
                    }
                } catch (NumberFormatException e) {
                    error = "Enter the target for " + o.label() + " as a whole number of posts a month, like 20";
                }
                if (error == null && !on) {
                    error = "Choose " + o.label() + " to give it a target, or clear the target";
                }
            }
            if (error != null) {
                errors.add(new String[] {"target-" + o.name(), error});
            } else if (on) {
                ordered.put(o, value);
            }
            rows.add(new ObjectiveRow(o, on, target, error));
        }
        if (chosenCodes.isEmpty()) {
            errors.addFirst(new String[] {
                "objective-" + StrategyObjective.values()[0].name(),
                "Choose at least one objective for the force's strategy"
            });
        }
        if (!errors.isEmpty()) {
            return page(rows, errors, model);
        }
        try {
            strategy.change(ordered);
        } catch (BusinessRuleException e) {
            return page(rows, List.<String[]>of(new String[] {"objective-ENGAGEMENT", e.getMessage()}), model);
        }
        redirect.addFlashAttribute("success", "Strategy saved");
        return "redirect:/insights/strategy";
    }

    private String page(List<ObjectiveRow> rows, List<String[]> errors, Model model) {
        model.addAttribute("rows", rows);
        model.addAttribute("errors", errors);
        model.addAttribute("defined", strategy.defined());
        model.addAttribute("mayChange", CurrentUser.get().hasAny(Role.ACCOUNT_MANAGER, Role.FORCE_ADMIN));
        return "insights/strategy";
    }
}
