package ilium;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(IliumApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

}
