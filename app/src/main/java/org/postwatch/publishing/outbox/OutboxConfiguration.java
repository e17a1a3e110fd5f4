package org.postwatch.publishing.outbox;

import org.postwatch.publishing.connector.ConnectorSettings;
import org.postwatch.publishing.connector.PlatformHttp;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({OutboxSettings.class, ConnectorSettings.class, ConfiguredCredentials.class})
class OutboxConfiguration {

    @Bean
    PlatformHttp platformHttp(ConnectorSettings settings) {
        return new PlatformHttp(settings);
    }
}
