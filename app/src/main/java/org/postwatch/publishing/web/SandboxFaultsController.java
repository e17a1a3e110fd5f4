package org.postwatch.publishing.web;

import jakarta.validation.Valid;
import org.postwatch.platform.CurrentUser;
import org.postwatch.publishing.sandbox.SandboxFault;
import org.postwatch.publishing.sandbox.SandboxNetwork;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Makes the Sandbox fail on demand, to show (and test) how Postwatch copes with a platform in trouble. */
@Controller
@RequestMapping("/publishing/sandbox")
@PreAuthorize("hasAnyRole('REVIEWER', 'FORCE_ADMIN', 'ACCOUNT_MANAGER')")
class SandboxFaultsController {

    private final SandboxNetwork network;

    SandboxFaultsController(SandboxNetwork network) {
        this.network = network;
    }

    @ModelAttribute("modes")
    SandboxFault.Mode[] modes() {
        return SandboxFault.Mode.values();
    }

    @GetMapping
    String page(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SandboxFaultForm.empty());
        }
        model.addAttribute("faults", network.faults());
        model.addAttribute("handles", network.forceHandles());
        return "publishing/sandbox-faults";
    }

    @PostMapping
    String fail(
            @Valid @ModelAttribute("form") SandboxFaultForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return page(model);
        }
        SandboxFault fault = network.failNext(
                form.handle(),
                form.mode(),
                form.count(),
                form.message(),
                CurrentUser.get().displayName());
        flash.addFlashAttribute(
                "success",
                "The next " + (fault.remaining() == 1 ? "post" : fault.remaining() + " posts") + " to "
                        + SandboxNetwork.display(form.handle()) + " will: "
                        + fault.mode().label().toLowerCase());
        return "redirect:/publishing/sandbox";
    }

    @PostMapping("/clear")
    String clear(@RequestParam String handle, RedirectAttributes flash) {
        if (network.clearFault(handle)) {
            flash.addFlashAttribute("success", SandboxNetwork.display(handle) + " is working normally again");
        }
        return "redirect:/publishing/sandbox";
    }
}
