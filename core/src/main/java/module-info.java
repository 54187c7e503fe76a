/**
 * utvecklingsmedel's core: exact money ({@code money}), the allocation engine ({@code allocation}),
 * recipients with their reference data ({@code recipient}), the programme's terms
 * ({@code vocabulary}), grant rounds ({@code round}), allocation workflows ({@code grant}),
 * decisions as data with their Swedish and English texts ({@code decision}), follow-up of reports
 * and settlements ({@code followup}), the money trail ({@code ledger}), statistics ({@code statistics}), figures as published
 * ({@code published}), the national competence support ({@code support}) and deadlines by lagen
 * (1930:173) ({@code deadline}).
 *
 * <p>Sources, as the Javadoc cites them: "the 2016 account" is Socialstyrelsen's account of the
 * 2016 development funds and competence support (delredovisning to the Government Offices, due 30
 * September 2017); "the 2016–2018 final report" is Socialstyrelsen's "Kvalitetsutveckling av
 * arbetet mot våld i nära relationer – En slutredovisning av kompetensstödet och utvecklingsmedlen
 * 2016–2018"; the laws by their numbers (lagen (1930:173) om beräkning av lagstadgad tid); a rule
 * no published source gives is a "team decision".
 *
 * <p>Runtime dependencies: Guava and threeten-extra, both read transitively because their types
 * ({@code ImmutableList}, {@code LocalDateRange}, …) appear in this module's API. Immutables'
 * annotations are needed at compile time only. No reflection, no service loading, no resources read
 * from other modules: the reference data is read from this module's own packages.
 */
module se.utvecklingsmedel.core {
  requires transitive com.google.common;
  requires transitive org.threeten.extra;
  requires static org.immutables.value.annotations;

  exports se.utvecklingsmedel.allocation;
  exports se.utvecklingsmedel.deadline;
  exports se.utvecklingsmedel.decision;
  exports se.utvecklingsmedel.followup;
  exports se.utvecklingsmedel.grant;
  exports se.utvecklingsmedel.ledger;
  exports se.utvecklingsmedel.money;
  exports se.utvecklingsmedel.published;
  exports se.utvecklingsmedel.recipient;
  exports se.utvecklingsmedel.round;
  exports se.utvecklingsmedel.statistics;
  exports se.utvecklingsmedel.support;
  exports se.utvecklingsmedel.vocabulary;
}
