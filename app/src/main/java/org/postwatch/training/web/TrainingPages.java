package org.postwatch.training.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.postwatch.accounts.Contribution;
import org.postwatch.accounts.PostingRights;
import org.postwatch.identity.StaffMember;
import org.postwatch.platform.StaffId;
import org.postwatch.training.AccreditationRules;
import org.postwatch.training.CourseId;
import org.postwatch.training.CourseStanding;
import org.postwatch.training.ExpiryNotice;
import org.postwatch.training.ExpiryNotices;
import org.postwatch.training.TrainingRecords;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a person's training and posting rights page shows, for themselves or for an administrator. */
@Component
class TrainingPages {

    private static final DateTimeFormatter NOTICE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** An account the person contributes to, with the courses it requires and their standing on each. */
    record AccountNeeds(Contribution contribution, List<CourseStanding> required) {}

    private final PostingRights rights;
    private final TrainingRecords records;
    private final AccreditationRules rules;
    private final ExpiryNotices notices;

    TrainingPages(PostingRights rights, TrainingRecords records, AccreditationRules rules, ExpiryNotices notices) {
        this.rights = rights;
        this.records = records;
        this.rules = rules;
        this.notices = notices;
    }

    void fill(StaffMember member, boolean self, Model model) {
        StaffId id = member.id();
        List<CourseStanding> transcript = records.transcriptOf(id);
        Map<CourseId, CourseStanding> byCourse =
                transcript.stream().collect(Collectors.toMap(s -> s.course().id(), Function.identity()));
        List<Contribution> contributions = rights.contributionsOf(id);
        List<AccountNeeds> needs = contributions.stream()
                .map(c -> new AccountNeeds(
                        c,
                        rules.requiredFor(c.account().kind(), c.account().channel()).stream()
                                .map(course -> byCourse.get(course.id()))
                                .filter(s -> s != null)
                                .toList()))
                .toList();
        model.addAttribute("member", member);
        model.addAttribute(
                "allowed",
                contributions.stream().filter(c -> c.permission().allowed()).toList());
        model.addAttribute(
                "refused",
                contributions.stream().filter(c -> !c.permission().allowed()).toList());
        model.addAttribute("needs", needs);
        model.addAttribute("suspension", rights.suspensionOf(id).orElse(null));
        model.addAttribute("transcript", transcript);
        model.addAttribute(
                "notices",
                notices.openFor(id).stream()
                        .map(n -> self ? noticeText(n) : aboutThem(n))
                        .toList());
        model.addAttribute("self", self);
    }

    static String noticeText(ExpiryNotice notice) {
        return "Your " + phrase(notice) + " course expires on " + NOTICE_DATE.format(notice.expiresOn())
                + ". Renew it before then to keep your posting rights.";
    }

    static String aboutThem(ExpiryNotice notice) {
        return "Their " + phrase(notice) + " course expires on " + NOTICE_DATE.format(notice.expiresOn()) + ".";
    }

    private static String phrase(ExpiryNotice notice) {
        String title = notice.course().title();
        return title.length() > 1 && Character.isUpperCase(title.charAt(0)) && !Character.isUpperCase(title.charAt(1))
                ? Character.toLowerCase(title.charAt(0)) + title.substring(1)
                : title;
    }
}
