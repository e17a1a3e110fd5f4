package org.postwatch.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for whole-journey tests in a real browser: Debian's Chromium driven by Playwright against the running app.
 * Skips, saying why, when no Chromium is installed (CI installs it, so CI always runs these). Screenshots go to
 * {@code target/screenshots}.
 */
@PostwatchIntegrationTest
public abstract class BrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    @Autowired
    protected DemoUsers demo;

    protected BrowserContext context;
    protected Page page;

    static Path chromium() {
        String configured = System.getenv("POSTWATCH_CHROMIUM");
        return Stream.of(configured, "/usr/bin/chromium", "/usr/bin/chromium-browser")
                .filter(path -> path != null && !path.isBlank())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
    }

    @BeforeAll
    static void launchBrowser() {
        Path executable = chromium();
        assumeTrue(
                executable != null,
                "Browser tests skipped: no Chromium at /usr/bin/chromium (install Debian's"
                        + " 'chromium' package, or set POSTWATCH_CHROMIUM)");
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-quic")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(String username) {
        DemoUsers.Login login = demo.login(username);
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(login.username());
        page.getByLabel("Password").fill(login.password());
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(address -> !address.contains("/login"));
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }

    /** Switches to a phone-sized screen, as an officer on the street would use. */
    protected void onAPhone() {
        page.setViewportSize(390, 844);
    }
}
