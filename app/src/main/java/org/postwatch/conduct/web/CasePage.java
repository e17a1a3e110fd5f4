package org.postwatch.conduct.web;

import java.time.Clock;
import java.time.LocalDate;
import org.postwatch.conduct.domain.AccountKind;
import org.postwatch.conduct.domain.AllegationCategory;
import org.postwatch.conduct.domain.CaseId;
import org.postwatch.conduct.domain.CaseRegister;
import org.postwatch.conduct.domain.Duty;
import org.postwatch.conduct.domain.InterimMeasure;
import org.postwatch.conduct.domain.InterimMeasures;
import org.postwatch.conduct.domain.Origin;
import org.postwatch.conduct.domain.Outcome;
import org.postwatch.conduct.domain.Platform;
import org.postwatch.conduct.domain.ProfessionalStandard;
import org.postwatch.conduct.domain.Severity;
import org.postwatch.conduct.web.Forms.ArchiveLinkForm;
import org.postwatch.conduct.web.Forms.AssessmentForm;
import org.postwatch.conduct.web.Forms.ConclusionForm;
import org.postwatch.conduct.web.Forms.LiftForm;
import org.postwatch.conduct.web.Forms.MeasureForm;
import org.postwatch.conduct.web.Forms.ReopenForm;
import org.postwatch.identity.StaffType;
import org.postwatch.platform.LondonTime;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Builds the case page, keeping whichever of its forms failed exactly as typed, and open. */
@Component
class CasePage {

    private final CaseRegister register;
    private final InterimMeasures measures;
    private final Clock clock;

    CasePage(CaseRegister register, InterimMeasures measures, Clock clock) {
        this.register = register;
        this.measures = measures;
        this.clock = clock;
    }

    static void choices(Model model) {
        model.addAttribute("origins", Origin.values());
        model.addAttribute("platforms", Platform.values());
        model.addAttribute("accountKinds", AccountKind.values());
        model.addAttribute("duties", Duty.values());
        model.addAttribute("categories", AllegationCategory.values());
        model.addAttribute("standards", ProfessionalStandard.values());
        model.addAttribute("staffTypes", StaffType.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("measureKinds", InterimMeasure.Kind.values());
    }

    String render(CaseId id, Model model, String openForm) {
        choices(model);
        CaseRegister.CaseView view = register.view(id);
        model.addAttribute("view", view);
        model.addAttribute("c", view.conductCase());
        model.addAttribute("openForm", openForm);
        if (view.conductCase().isOpen()) {
            model.addAttribute("accounts", measures.suspendableAccounts());
        }
        LocalDate today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        model.addAttribute("today", today);
        if (!model.containsAttribute("assessment")) {
            model.addAttribute(
                    "assessment",
                    new AssessmentForm(
                            view.conductCase().severity(),
                            view.conductCase().assessedOn() == null
                                    ? today.toString()
                                    : view.conductCase().assessedOn().toString()));
        }
        if (!model.containsAttribute("conclusion")) {
            model.addAttribute("conclusion", new ConclusionForm(null, today.toString(), true));
        }
        if (!model.containsAttribute("reopen")) {
            model.addAttribute("reopen", new ReopenForm(""));
        }
        if (!model.containsAttribute("measure")) {
            model.addAttribute("measure", new MeasureForm(InterimMeasure.Kind.POSTING_SUSPENSION, null, ""));
        }
        if (!model.containsAttribute("lift")) {
            model.addAttribute("lift", new LiftForm(""));
        }
        if (!model.containsAttribute("archiveLink")) {
            model.addAttribute("archiveLink", new ArchiveLinkForm("", "", ""));
        }
        return "conduct/case";
    }
}
