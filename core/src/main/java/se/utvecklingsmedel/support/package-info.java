/**
 * The national competence support beside the funds (<i>kompetensstöd</i>): what the national
 * level offered and how many took part ({@link se.utvecklingsmedel.support.NationalSupport}), the
 * county boards' survey of needs ({@link se.utvecklingsmedel.support.CountyBoardSurvey}) and their
 * stimulus activities ({@link se.utvecklingsmedel.support.StimulusActivity}), the web course
 * ({@link se.utvecklingsmedel.support.WebCourse}), and the figures the sources state in prose,
 * held as published ({@link se.utvecklingsmedel.support.HeldFigure}).
 */
package se.utvecklingsmedel.support;
