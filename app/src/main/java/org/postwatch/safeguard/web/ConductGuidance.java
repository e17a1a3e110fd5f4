package org.postwatch.safeguard.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.postwatch.safeguard.Category;
import org.postwatch.safeguard.CheckFinding;
import org.postwatch.safeguard.SafeguardReport;

/**
 * Why each kind of risk matters on a personal account, in terms of the College of Policing's Code of Ethics and the
 * Standards of Professional Behaviour (Schedule 2 to the Police (Conduct) Regulations 2020, which forces also apply
 * to police staff through their own conduct policies). Plain English for the "Before you post" page.
 */
final class ConductGuidance {

    /** One category's explanation, and the findings of a check that raised it. */
    record Guidance(Category category, String standards, List<String> paragraphs, List<CheckFinding> findings) {

        Guidance with(List<CheckFinding> found) {
            return new Guidance(category, standards, paragraphs, found);
        }
    }

    private static final Map<Category, Guidance> GUIDANCE = new EnumMap<>(Category.class);

    static {
        add(
                Category.PERSONAL_DATA,
                "Confidentiality",
                "The Standards of Professional Behaviour say you treat information with respect, and access or"
                        + " disclose it only in the proper course of police duties. That covers anything you learned"
                        + " at work about victims, witnesses, suspects or members of the public, even if it seems"
                        + " harmless or is already being talked about locally.",
                "Disclosing personal data from police systems without permission can also be a criminal offence"
                        + " under section 170 of the Data Protection Act 2018. Leave out names, addresses, phone"
                        + " numbers, vehicle registrations and anything else that could identify someone.");
        add(
                Category.OFFENSIVE,
                "Authority, respect and courtesy; Equality and diversity; Discreditable conduct",
                "The Standards ask you to treat the public and colleagues with respect and courtesy, to act with"
                        + " fairness and impartiality, and not to discriminate. Discreditable conduct covers"
                        + " behaviour on or off duty that discredits the police service or undermines public"
                        + " confidence in it.",
                "Posts, comments, \"likes\" and shares that mock people or demean them for who they are can be"
                        + " misconduct, whether posted publicly, anonymously or in a private group chat: messages"
                        + " get screenshotted, and people have lost their jobs over them. The Code of Ethics asks"
                        + " everyone in policing to act with respect and empathy.");
        add(
                Category.PROFANITY,
                "Authority, respect and courtesy; Discreditable conduct",
                "Swearing that is not aimed at anyone is not abuse, but the Standards ask you to behave in a manner"
                        + " that does not discredit the police service or undermine public confidence in it, on or"
                        + " off duty. People who know you work for the police read what you post in that light.",
                "If the post is about work, your force, or the public you deal with, leave the swearing out: the"
                        + " point comes across better without it, and a screenshot travels further than you expect.");
        add(
                Category.OPERATIONAL_SECURITY,
                "Confidentiality; Duties and responsibilities",
                "Details of planned operations, where officers are or will be, patrol gaps, unmarked vehicles or"
                        + " tactics can put colleagues and the public at risk and warn offenders. Disclosing them"
                        + " breaches the Confidentiality standard however it is shared.",
                "Wait until the force has published the result, and share the force's own post rather than"
                        + " adding detail of your own.");
        add(
                Category.CONTEMPT,
                "Discreditable conduct; Confidentiality",
                "Once someone has been arrested or charged, comment on their guilt, character, record or the"
                        + " evidence can prejudice a fair trial. Under the Contempt of Court Act 1981 that is"
                        + " contempt of court whatever the intention, and a trial can collapse because of it.",
                "Victims of sexual offences have lifelong anonymity under the Sexual Offences (Amendment) Act"
                        + " 1992, and courts often restrict reporting about children. Naming or hinting at who they"
                        + " are is a criminal offence, even in a private group.");
        add(
                Category.POLITICAL,
                "Political impartiality; Equality and diversity",
                "Police officers must not take any active part in politics and must avoid anything that could"
                        + " give the impression they would not police impartially (Police Regulations 2003,"
                        + " Schedule 1). Some police staff posts are politically restricted too: check your force's"
                        + " policy.",
                "Everyone in policing serves the whole public. Campaigning for or against a party or candidate,"
                        + " especially where people can see you work in policing, can undermine confidence that"
                        + " you treat everyone fairly.");
        add(
                Category.COMMERCIAL,
                "Honesty and integrity",
                "The Standards say you do not compromise or abuse your position. Promoting a business, product or"
                        + " discount where people know you work in policing can look like the service endorses it,"
                        + " or that you are using your role for gain.",
                "Officers must tell their force about business interests, and staff should follow their force's"
                        + " business interests policy. Keep your policing role out of anything you sell or"
                        + " promote.");
        add(
                Category.LINK,
                "Honesty and integrity; Discreditable conduct",
                "A shortened or unfamiliar link can lead to scams, malware or misinformation. When someone known to"
                        + " work in policing shares it, people are more likely to trust it.",
                "Check where a link goes before you share it, and prefer official sources such as police.uk and"
                        + " gov.uk.");
        add(
                Category.MEDIA_RIGHTS,
                "Confidentiality; Honesty and integrity",
                "Images and video from work (incident scenes, body-worn video, custody, colleagues on duty) belong"
                        + " to the force and may be evidence. Posting them breaches the Confidentiality standard.",
                "Only share pictures you took yourself, off duty, or that you have the right to use, and credit"
                        + " the owner where you need to.");
        add(
                Category.RELEASE_OF_INFORMATION,
                "Confidentiality",
                "Information you hold because of your job is released by the force through its proper channels,"
                        + " not by individuals. Disclose it only in the proper course of your duties.",
                "If you think something should be public, ask the communications team.");
    }

    private ConductGuidance() {}

    private static void add(Category category, String standards, String... paragraphs) {
        GUIDANCE.put(category, new Guidance(category, standards, List.of(paragraphs), List.of()));
    }

    static List<Guidance> all() {
        return List.copyOf(GUIDANCE.values());
    }

    /** The guidance for each category the check raised, in category order, with that category's findings. */
    static List<Guidance> forReport(SafeguardReport report) {
        return GUIDANCE.values().stream()
                .map(g -> g.with(report.findings().stream()
                        .filter(f -> f.category() == g.category())
                        .toList()))
                .filter(g -> !g.findings().isEmpty())
                .toList();
    }
}
