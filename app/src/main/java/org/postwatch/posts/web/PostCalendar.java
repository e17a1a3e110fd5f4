package org.postwatch.posts.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.postwatch.platform.LondonTime;
import org.postwatch.posts.PostState;
import org.postwatch.posts.PostTarget;
import org.postwatch.posts.PostView;

/**
 * A month or a week of scheduled and published posts, laid out by London day: weeks of days (Monday first) for the
 * grid, and the days with posts for the list a phone shows instead.
 */
record PostCalendar(
        String view,
        LocalDate anchor,
        String title,
        LocalDate start,
        LocalDate end,
        LocalDate previous,
        LocalDate next,
        List<List<Day>> weeks,
        List<Day> busyDays,
        int count) {

    /** One post on one account at its time. */
    record Entry(String time, String handle, String label, String preview, PostState state, String postId) {

        public boolean takenDown() {
            return state == PostState.DELETED;
        }

        public String stateLabel() {
            return switch (state) {
                case PUBLISHED -> "Published";
                case DELETED -> "Deleted";
                default -> "Scheduled";
            };
        }
    }

    record Day(LocalDate date, boolean inRange, boolean today, List<Entry> entries) {

        public String label() {
            return date.format(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK));
        }

        public int dayOfMonth() {
            return date.getDayOfMonth();
        }

        public List<Entry> firstFew() {
            return entries.size() <= 4 ? entries : entries.subList(0, 3);
        }

        public int more() {
            return entries.size() <= 4 ? 0 : entries.size() - 3;
        }
    }

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The London days the view covers, grid days included: [first, last]. */
    static LocalDate[] range(String view, LocalDate anchor) {
        if ("week".equals(view)) {
            LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new LocalDate[] {monday, monday.plusDays(6)};
        }
        LocalDate first = anchor.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last =
                anchor.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return new LocalDate[] {first, last};
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(LondonTime.ZONE).toInstant();
    }

    static PostCalendar of(String view, LocalDate anchor, LocalDate today, List<PostView> posts, UUID account) {
        boolean week = "week".equals(view);
        LocalDate[] range = range(view, anchor);
        Map<LocalDate, List<Entry>> byDay = new LinkedHashMap<>();
        int count = 0;
        for (PostView post : posts) {
            Instant at = post.publishedAt() != null
                    ? post.publishedAt()
                    : post.scheduledAt() != null ? post.scheduledAt() : post.submittedAt();
            if (at == null) {
                continue;
            }
            var local = at.atZone(LondonTime.ZONE);
            for (PostTarget target : post.targets()) {
                if (account != null && !account.equals(target.account().value())) {
                    continue;
                }
                byDay.computeIfAbsent(local.toLocalDate(), d -> new ArrayList<>())
                        .add(new Entry(
                                local.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")),
                                target.handle(),
                                target.label(),
                                post.preview().isBlank() ? "(image only)" : post.preview(),
                                post.state(),
                                post.id().toString()));
                count++;
            }
        }
        byDay.values().forEach(entries -> entries.sort(Comparator.comparing(Entry::time)));
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> busy = new ArrayList<>();
        for (LocalDate monday = range[0]; !monday.isAfter(range[1]); monday = monday.plusWeeks(1)) {
            List<Day> days = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate date = monday.plusDays(i);
                boolean inRange = week || date.getMonth() == anchor.getMonth();
                Day day = new Day(date, inRange, date.equals(today), byDay.getOrDefault(date, List.of()));
                days.add(day);
                if (inRange && !day.entries().isEmpty()) {
                    busy.add(day);
                }
            }
            weeks.add(days);
        }
        String title = week ? "Week of " + range[0].format(DAY) : anchor.format(MONTH);
        return new PostCalendar(
                week ? "week" : "month",
                anchor,
                title,
                range[0],
                range[1],
                week ? anchor.minusWeeks(1) : anchor.minusMonths(1).withDayOfMonth(1),
                week ? anchor.plusWeeks(1) : anchor.plusMonths(1).withDayOfMonth(1),
                weeks,
                busy,
                count);
    }
}
