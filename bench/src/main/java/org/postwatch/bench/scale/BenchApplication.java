package org.postwatch.bench.scale;

import java.util.LinkedHashMap;
import java.util.Map;
import org.postwatch.PostwatchApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Postwatch for a manual benchmark: no web server, no scheduled work, the embedded PostgreSQL under
 * {@code dataDir}. Benchmarks are run by hand (docs/benchmarks.md), never by {@code ./mvnw verify}.
 */
public final class BenchApplication {

    private BenchApplication() {}

    public static ConfigurableApplicationContext start(String dataDir, boolean ephemeral, boolean demo) {
        SpringApplication application = new SpringApplication(PostwatchApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("postwatch.data-dir", dataDir);
        properties.put("postwatch.embedded-database.ephemeral", Boolean.toString(ephemeral));
        properties.put("postwatch.demo.enabled", Boolean.toString(demo));
        properties.put("db-scheduler.enabled", "false");
        properties.put("logging.level.root", "warn");
        properties.put("spring.main.banner-mode", "off");
        // Benchmarks need an audit key even without demo mode: reuse or create one next to the data.
        properties.put("postwatch.audit.signing-key", BenchKey.load(dataDir));
        // As command-line arguments, so they win over application.yml.
        return application.run(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new));
    }

    /** Percentile of sorted values (nearest rank). */
    public static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
