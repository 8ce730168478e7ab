package ilium.shared;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ProblemReportValve} in place of Tomcat's HTML error report (and of the one
 * Spring Boot adds), on the host every request passes. Runs after Boot's own customizer,
 * so its valve is there to be replaced.
 */
@Component
class TomcatErrorConfiguration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			Container parent = context.getParent();
			for (Valve valve : parent.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					parent.getPipeline().removeValve(valve);
				}
			}
			if (parent instanceof StandardHost host) {
				// Else the host adds Tomcat's own report when it starts.
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
			}
			parent.getPipeline().addValve(new ProblemReportValve());
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
