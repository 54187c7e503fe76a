package se.utvecklingsmedel.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.followup.Claim;
import se.utvecklingsmedel.followup.ClaimKind;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.followup.Settlement;
import se.utvecklingsmedel.grant.AssignmentPotAllocation;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.RequisitionPotAllocation;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.ledger.Account;
import se.utvecklingsmedel.ledger.EntryKind;
import se.utvecklingsmedel.ledger.Ledger;
import se.utvecklingsmedel.ledger.LedgerEntry;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.published.PublishedReports;
import se.utvecklingsmedel.published.PublishedStatistics;
import se.utvecklingsmedel.statistics.Figure;
import se.utvecklingsmedel.statistics.Share;
import se.utvecklingsmedel.statistics.AreaCounts;
import se.utvecklingsmedel.statistics.CategoryStatistics;
import se.utvecklingsmedel.statistics.WorkCounts;
import se.utvecklingsmedel.statistics.Reporting;
import se.utvecklingsmedel.statistics.Utilisation;
import se.utvecklingsmedel.statistics.Funds;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.statistics.TermCounts;
import se.utvecklingsmedel.support.HeldFigure;
import se.utvecklingsmedel.support.NationalSupport;
import se.utvecklingsmedel.vocabulary.Outcome;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * The main job's printed report, in Swedish (the default) or English: per category as the 2016
 * account has it — money, reports, areas with their outcomes and work, instruments, methods,
 * groups, partners, training — then the claims, one decision text as an example, and what is held
 * as published. The programme's terms are the 2016 account's Swedish words in both languages.
 */
final class ConsoleReport {

  private static final String ROW = "%-56s %16s %16s %16s %16s %14s %16s %16s %20s %16s %s%n";
  /** Published, with its source. */
  static final String PUBLISHED = "[P]";
  /** Computed from published inputs. */
  static final String FROM_PUBLISHED = "[B]";
  /** Computed from invented recipient-level data. */
  static final String ILLUSTRATIVE = "[I]";

  private final FollowUp followUp;
  private final PrintStream out;
  private final Language language;
  /** The mark of a computed figure: illustrative when the allocation's inputs are invented. */
  private final String computed;
  /** The first day of the round's year: recipients and categories are named as of it. */
  private final LocalDate roundStart;

  ConsoleReport(FollowUp followUp, PrintStream out, Language language) {
    this.followUp = followUp;
    this.out = out;
    this.language = language;
    this.computed = followUp.allocation().illustration().isPresent() ? ILLUSTRATIVE
        : FROM_PUBLISHED;
    this.roundStart = followUp.allocation().round().usePeriod().getStart();
  }

  /** A line of computed figures, marked. */
  private void figures(String line) {
    out.println(computed + line);
  }

  /** The words in this report's language. */
  private String t(String swedish, String english) {
    return language == Language.SWEDISH ? swedish : english;
  }

  void print() {
    RoundAllocation allocation = followUp.allocation();
    GrantRound round = allocation.round();
    out.println(PUBLISHED + " Utvecklingsmedel " + round.year() + " — " + round.legalBasis());
    out.println(t("Märkning: " + PUBLISHED + " publicerat, med källan; " + FROM_PUBLISHED
            + " beräknat från publicerade uppgifter; " + ILLUSTRATIVE + " illustrativt: beräknat "
            + "från påhittade uppgifter per mottagare, även där en summa stämmer med en publicerad. "
            + "I en tabell gäller kolumnens märkning före radens.",
        "Marks: " + PUBLISHED + " published, with its source; " + FROM_PUBLISHED + " computed "
            + "from published inputs; " + ILLUSTRATIVE + " illustrative: computed from invented "
            + "recipient-level data, even where a total matches a published one. In a table a "
            + "column's mark comes before its row's."));
    allocation.illustration().ifPresent(note -> out.println(ILLUSTRATIVE + " " + note));
    out.println(PUBLISHED + " " + t("Uppföljningen avser förbrukningen av medlen till och med "
        + language.date(round.usePeriod().getEndInclusive()) + " (användningsperioden).",
        "The follow-up covers the use of the funds through "
        + language.date(round.usePeriod().getEndInclusive()) + " (the use period)."));
    out.println(computed + " " + t("Återrapporteringarna är bedömda per "
        + language.date(followUp.asOf()) + ", scenariots dag.", "Reports are judged as of "
        + language.date(followUp.asOf()) + ", the scenario's day."));
    if (!round.governmentReportDeadlines().isEmpty()) {
      List<String> due = round.governmentReportDeadlines().stream().map(language::date).toList();
      out.println(PUBLISHED + " " + (due.size() == 1
          ? t("Redovisningen till Regeringskansliet ska lämnas senast ", "The account to the "
              + "Government Offices is due by ") + due.get(0) + "."
          : t("Delredovisningar till Regeringskansliet ska lämnas senast ", "Interim accounts to "
              + "the Government Offices are due by ") + String.join(t(" och ", " and "),
              due.subList(0, due.size() - 1)) + t(", slutredovisningen senast ", ", the final "
              + "account by ") + due.get(due.size() - 1) + "."));
    }
    out.println();
    potTable();
    out.println();
    assignments();
    out.println();
    for (CategoryStatistics c : RoundStatistics.of(followUp).categories().values()) {
      category(c);
    }
    claims();
    out.println();
    example();
    out.println();
    ledger();
    out.println();
    held(PublishedReports.nationalSupport2016());
    out.println();
    published(PublishedAccount.ACCOUNT_2016, PublishedAccount.account2016());
    out.println();
    published(null, PublishedAccount.finalReport());
    partial(PublishedReports.statistics2018());
  }

  /** The Swedish words of each figure a source may publish about a category. */
  private static final Map<String, String> FIGURES = Map.ofEntries(
      Map.entry("requisitioning", "rekvirerade"), Map.entry("applying", "ansökte"),
      Map.entry("granted", "beviljades"), Map.entry("requisitionedAmount", "rekvirerat belopp"),
      Map.entry("grantedAmount", "beviljat belopp"), Map.entry("usedAmount", "förbrukat belopp"),
      Map.entry("unusedAmount", "ej förbrukat belopp"),
      Map.entry("assignedAmount", "tilldelat för uppdraget"),
      Map.entry("usedNothing", "förbrukade inget"), Map.entry("notAllUsed", "förbrukade inte allt"),
      Map.entry("shareUsed", "andel använda medel"), Map.entry("reportsInTime", "återrapporterade i tid"),
      Map.entry("reportsAnalysed", "analyserade återrapporteringar"));

  /** A later round's partial published statistics: only what its source states, nothing else. */
  private void partial(PublishedStatistics statistics) {
    statistics.categories().forEach((category, figures) -> {
      List<String> stated = new ArrayList<>();
      for (Figure<?> figure : Figure.values()) {
        figures.get(figure).ifPresent(value -> stated.add(FIGURES.getOrDefault(figure.name(),
            figure.name()) + " " + (value instanceof Share share
                ? share.percent(0, RoundingMode.HALF_UP) + " %" : value instanceof Amount amount
                ? kr(amount) : value)));
      }
      out.println(PUBLISHED + t(" " + statistics.year() + " års omgång, delvis publicerad "
          + "statistik (övrigt är inte publicerat): ", " The " + statistics.year() + " round, "
          + "partial published statistics (nothing else is published): ")
          + category.labelAsOf(java.time.LocalDate.of(statistics.year(), 1, 1)) + ": "
          + String.join(", ", stated) + " (" + statistics.source() + ")");
    });
  }

  private void potTable() {
    out.printf(ROW, t("Pott", "Pot"), "Budget " + PUBLISHED, t("Rekvirerat", "Requisitioned"),
        t("Omfördelat", "Redistributed"), t("Beviljat", "Granted"), t("Återfört", "Returned"),
        t("Förbrukat", "Used"), t("Ej förbrukat", "Unused"),
        t("Ej återrapporterat", "Not reported on"), t("Återbetalning", "Repayments"), "");
    for (PotAllocation pot : followUp.allocation().pots().values()) {
      if (!pot.pot().followedUp()) {
        continue;
      }
      List<Settlement> settlements = followUp.settlements().stream()
          .filter(s -> s.grant().potId().equals(pot.pot().id())).toList();
      Amount used = Amount.total(settlements.stream().flatMap(s -> s.report().stream())
          .map(FollowUpReport::usedOfGrant).toList());
      Amount unused = Amount.total(settlements.stream().flatMap(s -> s.report().stream())
          .map(FollowUpReport::unused).toList());
      // Granted = used + unused + granted to those that did not report: each row adds up.
      Amount unreported = Amount.total(settlements.stream().filter(s -> s.report().isEmpty())
          .map(s -> s.grant().granted()).toList());
      Amount repayments = Amount.total(settlements.stream().flatMap(s -> s.claims().stream())
          .filter(c -> c.kind() == ClaimKind.REPAYMENT).map(Claim::amount).toList());
      boolean requisition = pot instanceof RequisitionPotAllocation;
      out.printf(ROW, pot.pot().label(), kr(pot.budget()),
          requisition ? kr(((RequisitionPotAllocation) pot).requisitioned()) : "–",
          requisition ? kr(((RequisitionPotAllocation) pot).redistributed()) : "–",
          kr(pot.granted()), kr(pot.returned()), kr(used), kr(unused), kr(unreported),
          kr(repayments), computed);
    }
  }

  /** Administration money: its own lines, never counted among the followed-up grants (the 2016 account). */
  private void assignments() {
    out.println(t("Medel för att genomföra uppdraget (källans ord; att de inte är ett bidrag som "
            + "återrapporteras är projektets tolkning):",
        "Assigned for the mission (administration money, the 2016 account: \"för att genomföra "
        + "uppdraget\"; not a grant, not reported on, settled or reclaimed):"));
    for (PotAllocation pot : followUp.allocation().pots().values()) {
      if (pot instanceof AssignmentPotAllocation) {
        long recipients = pot.grants().values().stream().filter(g -> g.granted().signum() > 0)
            .count();
        out.printf("%s   %s: %s %s %s%n", PUBLISHED, pot.pot().label(), kr(pot.granted()),
            t("till", "to"), recipients == 1 ? pot.grants().firstKey().displayNameAsOf(roundStart)
                : recipients + t(" mottagare; fördelningen mellan dem är illustrativ ",
                    " recipients; the split between them is illustrative ") + computed);
      }
    }
  }

  private void category(CategoryStatistics c) {
    out.println(c.category().labelAsOf(roundStart) + ":");
    Funds funds = c.funds();
    Utilisation use = c.utilisation();
    Reporting reporting = c.reporting();
    WorkCounts named = c.work();
    int analysed = reporting.reportsAnalysed();
    String share = use.shareUsed().map(s -> s.percent(0, RoundingMode.HALF_UP) + " %").orElse("–");
    figures(t(String.format("  %d rekvirerade, %d ansökte, %d beviljades %s; %d förbrukade "
            + "inte allt, varav %d inget; förbrukat av återrapporterade medel %s",
            funds.requisitioning(),
            funds.applying(), funds.granted(), kr(funds.grantedAmount()), use.notAllUsed(),
            use.usedNothing(), share),
        String.format("  %d requisitioned, %d applied, %d granted %s; %d did not use all, %d of "
            + "them nothing; used of the funds reported on %s", funds.requisitioning(),
            funds.applying(), funds.granted(), kr(funds.grantedAmount()), use.notAllUsed(),
            use.usedNothing(), share)));
    if (funds.granted() > 0 && funds.granted() <= 10) {
      figures(t("  beviljade: ", "  granted: ") + followUp.settlements().stream()
          .map(s -> s.grant().recipient()).filter(r -> r.category() == c.category())
          .map(r -> r.displayNameAsOf(roundStart)).collect(Collectors.joining(", ")));
    }
    if (funds.assigned() > 0) {
      out.println(PUBLISHED + (funds.assigned() == 1
          ? t(String.format("  tilldelat för uppdraget: %s till en mottagare (följs inte upp)",
              kr(funds.assignedAmount())), String.format("  assigned for the mission: %s to one "
              + "recipient (not followed up)", kr(funds.assignedAmount())))
          : t(String.format("  tilldelat för uppdraget: %s; fördelningen mellan %d mottagare är "
              + "illustrativ %s (följs inte upp)", kr(funds.assignedAmount()), funds.assigned(),
              computed), String.format("  assigned for the mission: %s; the split between %d "
              + "recipients is illustrative %s (not followed up)", kr(funds.assignedAmount()),
              funds.assigned(), computed))));
    }
    figures(t(String.format("  återrapporteringar: %d i tid, %d för sent, %d saknas, %d där "
            + "tiden ännu inte gått ut, %d utan verksamhet, %d analyserade",
            reporting.reportsInTime(), reporting.reportsLate(), reporting.reportsMissing(),
            reporting.reportsNotYetDue(), reporting.reportsWithoutActivity(),
            reporting.reportsAnalysed()),
        String.format("  reports: %d in time, %d late, %d missing, %d not yet due, %d without "
            + "activity, %d analysed", reporting.reportsInTime(), reporting.reportsLate(),
            reporting.reportsMissing(), reporting.reportsNotYetDue(),
            reporting.reportsWithoutActivity(), reporting.reportsAnalysed())));
    if (!named.areas().isEmpty()) {
      out.println(t("  områden (antal mottagare som anger respektive område; måluppfyllelse "
          + "där den redovisats; under varje område antal som anger respektive insats, med andelen "
          + "av området och av alla analyserade):", "  areas (recipients naming each; outcomes "
          + "where reported; under each, the recipients naming each term, with their share of the "
          + "area and of all analysed):"));
      named.areas().forEach((area, n) -> {
        figures(String.format("    %4d  %s%s", n, area.label(),
            outcomes(named.outcomes().getOrDefault(area, TermCounts.of()))));
        AreaCounts work = named.byArea().get(area);
        if (work != null) {
          work(work.interventions(), n, analysed);
          work(work.methods(), n, analysed);
          work(work.instruments(), n, analysed);
          work(work.vulnerableGroups(), n, analysed);
          work(work.partners(), n, analysed);
          work(work.training(), n, analysed);
          work(work.careSettings(), n, analysed);
          work(work.combinations(), n, analysed);
        }
      });
    }
    if (!named.instruments().isEmpty() || !named.methods().isEmpty() || !named.partners().isEmpty()
        || !named.training().isEmpty() || !named.combinations().isEmpty()) {
      out.println(t("  i hela återrapporteringen (varje mottagare räknas en gång):", "  over the whole report (each recipient once, whichever areas name "
          + "it):"));
    }
    counts(t("bedömningsmetoder", "instruments"), named.instruments());
    counts(t("metoder", "methods"), named.methods());
    counts(t("särskilt utsatta grupper", "especially vulnerable groups"), named.vulnerableGroups());
    counts(t("samverkansaktörer", "partners"), named.partners());
    counts(t("utbildning", "training"), named.training());
    counts(t("kombinationer (mottagare som angett minst en, eller alla, av flera termer)",
        "combinations (recipients naming at least one, or all, of several terms)"),
        named.combinations());
    if (use.explainingUnusedFunds().orElse(0) > 0) {
      figures(String.format(t("  kommenterade varför hela beloppet inte förbrukades: %d (av %d)",
          "  explained why not all was used: %d (of %d)"), use.explainingUnusedFunds().getAsInt(),
          use.notAllUsed()));
    }
    if (named.coordinatingFunctions() > 0) {
      figures(String.format(t("  samordningsfunktion finansierad: %d",
          "  coordinating function financed: %d"), named.coordinatingFunctions()));
    }
    if (named.qualitySystemAlreadyCovering() > 0) {
      figures(String.format(t("  ledningssystemet omfattar redan arbetet (området inte angivet): "
          + "%d", "  management system already covering the work (area not named): %d"),
          named.qualitySystemAlreadyCovering()));
    }
  }

  /**
   * The counts within one area, indented under it, each with its share of the area's count and of
   * all analysed reports ("44 … (25 % av 178 inom området, 20 % av 216 analyserade)"): the 2016
   * account gives some such shares of the area ("hälften" of those working with children) and some
   * of all ("en femtedel av kommunerna"), so each is printed with its own denominator.
   */
  private <T> void work(Map<T, Integer> counts, int inArea, int analysed) {
    counts.forEach((term, n) -> figures(String.format("          %4d  %s (%s %s, %s %s)", n,
        ((SwedishLabelled) term).label(), share(n, inArea), t("inom området", "within the area"),
        share(n, analysed), t("analyserade", "analysed"))));
  }

  /** "20 % av 216", the share rounded half up to a whole per cent, in whole numbers. */
  private String share(int n, int of) {
    if (of == 0) {
      return "–";
    }
    long percent = (200L * n + of) / (2L * of);
    return percent + t(" % av ", " % of ") + of;
  }

  /** A section of counts, one term a line, as the 2016 account lists them. */
  private <T> void counts(String heading, Map<T, Integer> counts) {
    if (!counts.isEmpty()) {
      out.println("  " + heading + ":");
      counts.forEach((term, n) -> figures(String.format("    %4d  %s", n,
          ((SwedishLabelled) term).label())));
    }
  }

  /** "helt eller i stor utsträckning 33, delvis 4, i liten utsträckning 1", as the 2016 account groups them. */
  private static String outcomes(Map<Outcome, Integer> counts) {
    if (counts.isEmpty()) {
      return "";
    }
    int high = counts.getOrDefault(Outcome.FULLY, 0)
        + counts.getOrDefault(Outcome.TO_A_LARGE_EXTENT, 0);
    return " — helt eller i stor utsträckning " + high + ", delvis "
        + counts.getOrDefault(Outcome.PARTLY, 0) + ", i liten utsträckning "
        + counts.getOrDefault(Outcome.TO_A_SMALL_EXTENT, 0);
  }

  private void claims() {
    List<Claim> claims = followUp.claims();
    List<Claim> recoveries = claims.stream().filter(c -> c.kind() == ClaimKind.RECOVERY).toList();
    Amount repaid = Amount.total(claims.stream().filter(c -> c.kind() == ClaimKind.REPAYMENT)
        .map(Claim::amount).toList());
    Amount recovered = Amount.total(recoveries.stream().map(Claim::amount).toList());
    out.println();
    figures(" " + t(String.format("Krav: %d återbetalningar av ej förbrukade medel, %s; %d återkrav, "
            + "%s", claims.size() - recoveries.size(), kr(repaid), recoveries.size(),
            kr(recovered)),
        String.format("Claims: %d repayments of unused funds, %s; %d recovery claims, %s",
            claims.size() - recoveries.size(), kr(repaid), recoveries.size(), kr(recovered))));
    out.println(PUBLISHED + t(" Källan om återkrav: »Några organisationer utreds av "
        + "Socialstyrelsen för eventuellt återkrav« (fotnot under Ideella: Fördelning och "
        + "förbrukning); scenariot har inga återkrav.", " The source on recovery claims: »Några "
        + "organisationer utreds av Socialstyrelsen för eventuellt återkrav« (a footnote under "
        + "Ideella: Fördelning och förbrukning); the scenario has none."));
  }

  /** The settlement the examples show: the first with a share of unclaimed funds and a claim. */
  private java.util.Optional<se.utvecklingsmedel.followup.Settlement> exampleSettlement() {
    return followUp.settlements().stream()
        .filter(s -> s.grant().redistributed().signum() > 0 && !s.claims().isEmpty())
        .findFirst();
  }

  /** One decision text, as the embedding system would place it in a decision letter. */
  private void example() {
    exampleSettlement().ifPresent(s -> {
          out.println(t("Exempel på beslut med skäl (" + computed + "):",
              "An example decision text (" + computed + "):"));
          s.decisionText(language).lines().forEach(line -> out.println("  " + line));
        });
  }

  /**
   * The round's ledger: each kind of entry's total, each account's balance at the end, and the
   * account of the recipient whose decision the example shows.
   */
  private void ledger() {
    Ledger ledger = Ledger.of(followUp);
    List<LedgerEntry> entries = ledger.entries();
    out.println(computed + " " + t("Huvudbok: " + entries.size() + " händelser från "
            + language.date(entries.get(0).date()) + " till "
            + language.date(entries.get(entries.size() - 1).date()) + ", summa per slag:",
        "Ledger: " + entries.size() + " entries from " + language.date(entries.get(0).date())
            + " to " + language.date(entries.get(entries.size() - 1).date())
            + ", total by kind:"));
    for (EntryKind kind : EntryKind.values()) {
      Amount total = ledger.total(kind);
      if (total.signum() > 0) {
        figures(String.format("   %-45s %18s", t(kind.label(), kind.english()), kr(total)));
      }
    }
    out.println(t("  ställning per konto vid sista händelsen (belastningen på anslaget är summan "
        + "av de övriga kontona):", "  balance by account at the last entry (the net charge on "
        + "the appropriation is the sum of the other accounts):"));
    for (Account account : Account.values()) {
      figures(String.format("   %-45s %18s", t(account.label(), account.english()),
          kr(ledger.balance(account))));
    }
    exampleSettlement().ifPresent(s -> {
          out.println();
          out.println(t("Kontoutdrag för samma mottagare (" + computed + "; varje mottagares "
                  + "finns i report.html):", "The same recipient's account (" + computed
                  + "; every recipient's is in report.html):"));
          ledger.statement(s.grant().recipient(), language).lines()
              .filter(line -> !line.isBlank()).forEach(line -> out.println("  " + line));
        });
  }

  /** What no report gives: held as the 2016 account publishes it, and printed as such. */
  private void held(NationalSupport support) {
    out.println(PUBLISHED + " " + t("Uppgifter enligt källan, inte omräknade (",
        "Held as published, not recomputed (") + support.source() + "):");
    out.println(t("  länsstyrelsernas information till kommunerna (erbjudits / tagit del):",
        "  the county boards' information to municipalities (offered / took part):"));
    support.information().forEach(i -> out.printf("%s   %4d / %4d  %s%n", PUBLISHED,
        i.offered(), i.tookPart(), i.theme().label()));
    support.survey().ifPresent(s -> {
      out.printf(t("%s länsstyrelsernas enkät (%d svar), länsstyrelser som ser ett behov:%n",
          "%s the county boards' survey (%d answered), boards seeing a need:%n"), PUBLISHED,
          s.respondents());
      s.boardsSeeingNeed().forEach((need, n) -> out.printf("%s   %4d  %s%n", PUBLISHED, n,
          need.label()));
    });
    support.webCourse().ifPresent(w -> out.println(PUBLISHED + t(String.format(" NCK:s webbkurs, "
            + "lanserad %s: %s användare t.o.m. %s, %s av dem i %d grupper; %d %% skrev ut ett "
            + "intyg, %d %% från socialtjänsten", language.date(w.launched()), grouped(w.users()),
            language.date(w.countedUntil()), grouped(w.usersInGroups()), w.groups(),
            w.percentWithCertificate(), w.percentFromSocialServices()),
        String.format(" NCK's web course, launched %s: %d users to %s, %d of them in %d groups; "
            + "%d %% printed a certificate, %d %% from the social services", w.launched(),
            w.users(), w.countedUntil(), w.usersInGroups(), w.groups(),
            w.percentWithCertificate(), w.percentFromSocialServices()))));
    out.println(t("  Socialstyrelsens redovisning av stödet och av uppföljningen av den "
        + "gemensamma planen:", "  Socialstyrelsen's account of the support and of its follow-up "
        + "of the joint plan:"));
    support.records().forEach(f -> out.println(PUBLISHED + "   " + shown(f)));
    out.println(t("  vad varje länsstyrelse gjorde med sina stimulansmedel:",
        "  what each county board did with its stimulus funds:"));
    support.stimulusActivities().forEach(a -> {
      out.println("    " + a.board().displayName() + ": " + a.summary());
      a.figures().forEach(f -> out.println(PUBLISHED + "     " + shown(f)));
    });
  }

  /**
   * Every figure a source publishes, under the heading it stands under there, with its own words
   * and its line: so that every published figure is printed once as what it is, beside the
   * illustrative ones computed above. A row restating another is left out, and counted.
   */
  private void published(String source, List<PublishedAccount.Figure> figures) {
    out.println(source != null
        ? PUBLISHED + " " + t("Alla uppgifter som källan publicerar, under dess rubriker (", "Every figure the "
            + "source publishes, under its headings (") + source + "):"
        : t("Senare publicerat om hela satsningen 2016–2018:",
            "Published later about the programme 2016–2018:"));
    String section = null;
    int repeats = 0;
    for (PublishedAccount.Figure figure : figures) {
      if (figure.repeat()) {
        repeats++;
        continue;
      }
      if (!figure.section().equals(section)) {
        section = figure.section();
        out.println("  " + section + (source == null ? " (" + figure.source() + ")" : "") + ":");
      }
      out.println(PUBLISHED + "   " + figure.shown() + "  »" + figure.words() + "«");
    }
    if (repeats > 0) {
      out.println(t("  (Där källan upprepar en uppgift ovan är upprepningen utelämnad.)",
          "  (Where the source restates a figure above, the restatement is left out.)"));
    }
  }

  /** A held figure as the source states it: "över 32 000 visningar: Filmens visningar …". */
  private static String shown(HeldFigure figure) {
    return value(figure) + ": " + figure.words();
  }

  /** A held figure's value as the source states it: "över 32 000 visningar". */
  static String value(HeldFigure figure) {
    return (figure.precision() == HeldFigure.Precision.EXACT ? ""
        : figure.precision().label() + " ") + grouped(figure.value()) + " " + figure.unit();
  }

  /** "7324" as "7 324": groups of three digits, as Swedish texts write numbers. */
  static String grouped(long number) {
    StringBuilder text = new StringBuilder(Long.toString(number));
    for (int i = text.length() - 3; i > (number < 0 ? 1 : 0); i -= 3) {
      text.insert(i, ' ');
    }
    return text.toString();
  }

  private static String kr(Amount amount) {
    return amount.toSwedishString();
  }
}
