/**
 * Visit notes: one SOAP note per appointment, written by the treating therapist, with
 * pain before and after, exercises performed and manual therapy (Maitland grades); DRAFT
 * until signed, then unchangeable (PostgreSQL refuses it too) and corrected only by
 * addenda. Asks treatment's red-flag gate before it records manual therapy or exercises.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "scheduling", "treatment" })
@NullMarked
package ilium.visits;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
