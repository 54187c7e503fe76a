/**
 * The national competence support beside the funds (<i>kompetensstöd</i>): what the national
 * level offered and how many took part ({@link se.utvecklingsmedel.support.NationalSupport}), the
 * county boards' survey of needs and their stimulus activities, and the web course.
 */
package se.utvecklingsmedel.support;
