/**
 * The staff's pages (WEB.md): server-rendered with Thymeleaf under {@code /app}, signed
 * in through a form with a session (identity's pages security), htmx for in-place
 * updates. Every page calls the same services as the JSON API, so every rule, role check
 * and audit line holds here exactly as there; no rule is written twice. Nothing depends
 * on this module.
 */
@ApplicationModule(allowedDependencies = { "shared", "patients", "scheduling", "therapists", "reporting", "identity",
		"audit", "treatment", "exercises", "episode", "assessment", "outcomes", "visits" })
@NullMarked
package ilium.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
