/**
 * The exercise library (each exercise with its default dose) and protocols: reusable,
 * versioned templates of exercises, education topics, suggested manual therapy and the
 * sacroiliac belt rule. A saved protocol version never changes.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit" })
@NullMarked
package ilium.exercises;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
