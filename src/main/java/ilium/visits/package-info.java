/**
 * Visit notes: one SOAP note per appointment, written by the treating therapist, with
 * pain before and after, exercises performed, manual therapy (Maitland grades) and the
 * services billed under a plan (CPT lines, evaluation complexity); DRAFT until signed,
 * then unchangeable (PostgreSQL refuses it too) and corrected only by addenda. Asks
 * assessment's red-flag gate before it records treatment;
 * {@link ilium.visits.BillableNotes} answers what signed notes bill.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "scheduling", "assessment", "treatment", "billing" })
@NullMarked
package ilium.visits;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
