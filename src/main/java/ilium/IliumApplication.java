package ilium;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Ilium: practice management for physical-therapy clinics that treat sacroiliac joint
 * pain.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class IliumApplication {

	public static void main(String[] args) {
		SpringApplication.run(IliumApplication.class, args);
	}

}
