package org.postwatch.safeguard.detectors;

import java.util.ArrayList;
import java.util.List;
import org.postwatch.safeguard.engine.Attachment;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.MediaRight;
import org.postwatch.safeguard.engine.Severity;
import org.postwatch.safeguard.engine.Span;

/**
 * Attachments the force may not have the right to publish (MEDIUM), and images without alt text (LOW: advice,
 * so people using screen readers can follow the post). Findings are about attachments, so their span is empty.
 */
public final class MediaRightsDetector implements Detector {

    private static final Span NO_TEXT = new Span(0, 0);

    @Override
    public String name() {
        return "media-rights";
    }

    @Override
    public Category category() {
        return Category.MEDIA_RIGHTS;
    }

    @Override
    public List<Finding> detect(String text, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Attachment attachment : context.attachments()) {
            String name = attachment.name() == null || attachment.name().isBlank()
                    ? "an attachment"
                    : "'" + attachment.name() + "'";
            MediaRight right = attachment.right() == null ? MediaRight.UNDECLARED : attachment.right();
            if (right == MediaRight.UNDECLARED) {
                findings.add(new Finding(
                        Category.MEDIA_RIGHTS,
                        "media-rights.undeclared",
                        NO_TEXT,
                        Severity.MEDIUM,
                        1.0,
                        "You have not said whether the force may use " + name
                                + ". Images from the internet or the public usually need permission.",
                        "Say whether it is your own work, the force's, or licensed (with the credit)."));
            } else if (right == MediaRight.LICENSED && isBlank(attachment.attribution())) {
                findings.add(new Finding(
                        Category.MEDIA_RIGHTS,
                        "media-rights.licence-unattributed",
                        NO_TEXT,
                        Severity.MEDIUM,
                        1.0,
                        name + " is licensed, and the licence needs the owner credited.",
                        "Add the credit, for example 'Photo: Jane Doe / CC BY 4.0'."));
            }
            if (isBlank(attachment.altText())) {
                findings.add(new Finding(
                        Category.MEDIA_RIGHTS,
                        "media-rights.alt-text-missing",
                        NO_TEXT,
                        Severity.LOW,
                        1.0,
                        name + " has no description (alt text), so people using screen readers will miss it.",
                        "Describe what the image shows in a sentence."));
            }
        }
        return findings;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
