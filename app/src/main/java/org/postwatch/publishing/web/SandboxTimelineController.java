package org.postwatch.publishing.web;

import java.util.UUID;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.publishing.sandbox.SandboxNetwork;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The Sandbox network's public pages: anyone can read them, as anyone can read a force's real timeline. */
@Controller
class SandboxTimelineController {

    private final SandboxNetwork network;

    SandboxTimelineController(SandboxNetwork network) {
        this.network = network;
    }

    @GetMapping("/sandbox")
    String index(Model model) {
        model.addAttribute("handles", network.handles());
        return "publishing/sandbox-index";
    }

    @GetMapping("/sandbox/{handle}")
    String timeline(@PathVariable String handle, Model model) {
        String key = SandboxNetwork.normalise(handle);
        if (key.isBlank() || key.length() > 100) {
            throw new RecordNotFoundException("Sandbox account", handle);
        }
        var posts = network.timeline(key, 100);
        model.addAttribute(
                "handle",
                posts.isEmpty()
                        ? SandboxNetwork.display(handle)
                        : posts.getFirst().displayHandle());
        model.addAttribute("posts", posts);
        return "publishing/sandbox-timeline";
    }

    @GetMapping("/sandbox/{handle}/media/{post}/{position}")
    ResponseEntity<byte[]> image(@PathVariable String handle, @PathVariable UUID post, @PathVariable int position) {
        return network.image(post, position)
                .map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.contentType()))
                        .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)))
                        .header("X-Content-Type-Options", "nosniff")
                        .body(image.content()))
                .orElseThrow(() -> new RecordNotFoundException("Sandbox image", post));
    }
}
