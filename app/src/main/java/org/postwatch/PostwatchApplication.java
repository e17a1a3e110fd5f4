package org.postwatch;

import java.util.Map;
import org.postwatch.archive.EvidenceCheck;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@Modulithic(systemName = "Postwatch", sharedModules = "platform")
public class PostwatchApplication {

    public static void main(String[] args) {
        if (EvidenceCheck.requested(args)) {
            // Checking an export needs no database: it reads only the ZIP.
            System.exit(EvidenceCheck.run(args, System.out));
        }
        if (isCommand(args)) {
            System.exit(SpringApplication.exit(command().run(args)));
        }
        new SpringApplication(PostwatchApplication.class).run(args);
    }

    /** A command starts the application without the web server or scheduled work, runs, and exits. */
    static SpringApplication command() {
        SpringApplication application = new SpringApplication(PostwatchApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setDefaultProperties(Map.of("logging.level.root", "error", "db-scheduler.enabled", "false"));
        return application;
    }

    /** {@code audit verify}: see the audit module's command. */
    static boolean isCommand(String... args) {
        return args.length >= 2 && args[0].equals("audit") && args[1].equals("verify");
    }
}
