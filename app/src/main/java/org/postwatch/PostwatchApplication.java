package org.postwatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@Modulithic(systemName = "Postwatch", sharedModules = "platform")
public class PostwatchApplication {

    public static void main(String[] args) {
        SpringApplication.run(PostwatchApplication.class, args);
    }
}
