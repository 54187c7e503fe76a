package se.utvecklingsmedel.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.utvecklingsmedel.allocation.CertificateLine;
import se.utvecklingsmedel.allocation.ExactQuota;
import se.utvecklingsmedel.allocation.TieBreak;
import se.utvecklingsmedel.deadline.Deadline;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/** The Swedish renderer: one sentence per reason, in the terms of the published sources and the law. */
final class SwedishText {

  private static final String[] MONTHS = {"januari", "februari", "mars", "april", "maj", "juni",
      "juli", "augusti", "september", "oktober", "november", "december"};

  private SwedishText() {
  }

  static String date(LocalDate date) {
    return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }

  private static String kr(Amount amount) {
    return amount.toSwedishString();
  }

  /** " den 30 april 2016", and the day the law moves it to, if it does. */
  private static String deadline(Deadline deadline) {
    return " den " + date(deadline.stated()) + (deadline.moved() ? " (eftersom den dagen inte var "
        + "en vardag gällde enligt lagen (1930:173) om beräkning av lagstadgad tid i stället den "
        + date(deadline.effective()) + ")" : "");
  }

  /** Labels joined as Swedish lists them: "a, b och c", each in lower case after the first word. */
  private static String list(Iterable<? extends SwedishLabelled> terms) {
    List<String> labels = new ArrayList<>();
    terms.forEach(t -> labels.add(t.label().substring(0, 1).toLowerCase(Locale.ROOT)
        + t.label().substring(1)));
    return labels.size() <= 1 ? String.join("", labels)
        : String.join(", ", labels.subList(0, labels.size() - 1)) + " och "
            + labels.get(labels.size() - 1);
  }

  private static final String SHARE = "ta del av medel som andra inte har tagit i anspråk";

  /** One sentence per kind of reason; a new kind fails to compile until it has one. */
  private static final ReasonVisitor<String> TEXT = new ReasonVisitor<>() {
    @Override
    public String keyedByWeights(Reason.KeyedByWeights r) {
      return "Avsatt belopp enligt fördelningsnyckeln (" + r.basis() + "): " + kr(r.amount())
          + ". " + certificate(r.certificate());
    }

    @Override
    public String keyedAsListed(Reason.KeyedAsListed r) {
      return "Avsatt belopp enligt fördelningsnyckeln (" + r.basis() + "): " + kr(r.amount())
          + ".";
    }

    @Override
    public String notRequisitioned(Reason.NotRequisitioned r) {
      return "Ingen rekvisition har kommit in; de " + kr(r.keyed())
          + " som avsatts har inte rekvirerats.";
    }

    @Override
    public String refusedLate(Reason.RefusedLate r) {
      return "Rekvisitionen om " + kr(r.requested()) + " kom in den " + date(r.date())
          + ", efter sista dag för rekvisition" + deadline(r.deadline()) + ", och avslås eftersom "
          + "den kom in för sent. De " + kr(r.keyed()) + " som avsatts har inte rekvirerats.";
    }

    @Override
    public String requisitioned(Reason.Requisitioned r) {
      return "Rekvisitionen om " + kr(r.requested()) + " kom in den " + date(r.date())
          + r.acceptedLate().map(d -> ", efter sista dag för rekvisition" + deadline(d)
              + ", men godtas eftersom villkoren för medlen medger sena rekvisitioner. Den "
              + "överstiger inte det avsatta beloppet.")
              .orElse(". Den överstiger inte det avsatta beloppet och godtas.")
          + (r.leftUnclaimed().signum() == 0 ? "" : " Resterande " + kr(r.leftUnclaimed())
              + " av det avsatta beloppet har inte rekvirerats.");
    }

    @Override
    public String noShareAsked(Reason.NoShareAsked r) {
      return "Mottagaren har inte angett att den vill " + SHARE + ".";
    }

    @Override
    public String notEligibleForShare(Reason.NotEligibleForShare r) {
      return "Mottagaren vill " + SHARE + " men har rekvirerat " + kr(r.requested()) + " av de "
          + kr(r.keyed()) + " som avsatts. Enligt villkoren för medlen kan den som inte rekvirerar "
          + "hela sitt avsatta belopp inte ta del av sådana medel.";
    }

    @Override
    public String notShared(Reason.NotShared r) {
      return "Mottagaren vill " + SHARE + ". Enligt regeringens beslut får medel som inte har "
          + "rekvirerats fördelas, men Socialstyrelsen har inte beslutat att fördela dem ("
          + kr(r.unclaimed()) + "); de återgår därför till staten.";
    }

    @Override
    public String nothingToShare(Reason.NothingToShare r) {
      return "Mottagaren vill " + SHARE + ", men det finns inga sådana medel att fördela"
          + (r.unclaimedWithoutWeight() ? " (ingen mottagare har en andel större än noll enligt "
              + "fördelningsgrunden)" : "") + ".";
    }

    @Override
    public String redistributed(Reason.Redistributed r) {
      return "Mottagaren vill " + SHARE + r.cap().map(c -> " (högst " + kr(c) + ")").orElse("")
          + ". Av de " + kr(r.unclaimed()) + " som inte har tagits i anspråk får mottagaren "
          + kr(r.amount()) + " i ytterligare utvecklingsmedel; medlen har fördelats "
          + r.policy().swedish() + " mellan " + r.among() + " mottagare som ville ta del av dem. "
          + cappedFirst(r) + certificate(r.certificate());
    }

    @Override
    public String grantTotal(Reason.GrantTotal r) {
      return "Beviljat belopp " + kr(r.granted()) + (r.redistributed().signum() == 0
          ? ", lika med rekvirerat belopp." : ", varav rekvirerat belopp " + kr(r.requested())
              + " och ytterligare utvecklingsmedel " + kr(r.redistributed()) + ".");
    }

    @Override
    public String assigned(Reason.Assigned r) {
      return "Mottagaren förfogar över " + kr(r.amount()) + " för att genomföra uppdraget. "
          + "Medlen är inte ett bidrag som ska återrapporteras.";
    }

    @Override
    public String applied(Reason.Applied r) {
      return "Ansökan om " + kr(r.amount()) + " kom in den " + date(r.date())
          + (r.areas().isEmpty() ? "" : " och avser " + list(r.areas())) + ".";
    }

    @Override
    public String potDoesNotServe(Reason.PotDoesNotServe r) {
      // The decision names the pot by its label; its English id has no place in a Swedish text.
      return "Ansökan uppfyller inte villkoren: medlen i den här potten kan inte sökas av en "
          + "sökande i kategorin " + r.category().label().toLowerCase(Locale.ROOT) + ".";
    }

    @Override
    public String outsideApplicationPeriod(Reason.OutsideApplicationPeriod r) {
      return "Ansökan uppfyller inte villkoren: den kom in den " + date(r.received())
          + ", utanför ansökningstiden " + date(r.from()) + " – " + date(r.to()) + ".";
    }

    @Override
    public String prioritised(Reason.Prioritised r) {
      return "Ansökan uppfyller villkoren och har placerats i prioriteringsgrupp " + r.rank()
          + ": " + r.reason().swedish() + ".";
    }

    @Override
    public String grantedInFull(AwardReason.GrantedInFull r) {
      return "Ansökan beviljas i sin helhet.";
    }

    @Override
    public String grantedInPart(AwardReason.GrantedInPart r) {
      return "Ansökan beviljas delvis med " + kr(r.granted()) + ", det belopp som återstod när "
          + "ansökningar med högre prioritet hade beviljats.";
    }

    @Override
    public String potUsedUp(AwardReason.PotUsedUp r) {
      return "Ansökan avslås eftersom de tillgängliga medlen har gått till ansökningar med högre "
          + "prioritet.";
    }

    @Override
    public String doesNotFit(AwardReason.DoesNotFit r) {
      return "Ansökan avslås: de " + kr(r.left()) + " som återstod räcker inte till det sökta "
          + "beloppet " + kr(r.asked()) + ", och ansökningar beviljas endast med hela det sökta "
          + "beloppet.";
    }

    @Override
    public String proportional(AwardReason.Proportional r) {
      return (r.inFull() ? "Ansökan beviljas i sin helhet; medlen räcker till alla ansökningar som "
          + "uppfyller villkoren. " : "Beloppet har räknats ned i proportion till sökt belopp, på "
          + "samma sätt för alla ansökningar som uppfyller villkoren. ")
          + certificate(r.certificate());
    }

    @Override
    public String stated(AwardReason.Stated r) {
      return r.words().swedish();
    }

    @Override
    public String used(Reason.Used r) {
      return "Av beviljade " + kr(r.granted()) + " har " + kr(r.used()) + " förbrukats. Ej "
          + "förbrukade medel uppgår till " + kr(r.unused()) + ".";
    }

    @Override
    public String repayment(ClaimReason.Repayment r) {
      return "Återbetalning: av beviljade " + kr(r.granted()) + " hade " + kr(r.unused())
          + " inte förbrukats när tiden för att använda medlen gick ut. Ej förbrukade medel ska "
          + "återbetalas till Socialstyrelsen.";
    }

    @Override
    public String recoveryWithoutReport(ClaimReason.RecoveryWithoutReport r) {
      return "Återkrav: ingen återrapportering har kommit in senast" + deadline(r.deadline())
          + ". Eftersom användningen av medlen inte har redovisats återkrävs bidraget.";
    }

    @Override
    public String recoveryIncompleteReport(ClaimReason.RecoveryIncompleteReport r) {
      return "Återkrav: återrapporteringen var inte fullständig efter sista dag för återrapportering"
          + deadline(r.deadline()) + ". De " + kr(r.used()) + " som enligt den har förbrukats är "
          + "därför inte redovisade och återkrävs.";
    }

    @Override
    public String recoveryOutsidePurpose(ClaimReason.RecoveryOutsidePurpose r) {
      return "Återkrav: enligt återrapporteringen har " + kr(r.outsidePurpose()) + " använts till "
          + "annat än det ändamål som bidraget beviljades för. Beloppet återkrävs.";
    }
  };

  static String render(Reason reason) {
    return reason.accept(TEXT);
  }

  /** A certificate line as Swedish sentences: every figure needed to check it by hand. */
  /**
   * Where recipients' caps took part of the unclaimed funds before the rest was shared, so that the
   * figures of one decision add up (5 600 000 kr unclaimed, 90 000 kr to capped recipients, 5 510
   * 000 kr shared among the rest).
   */
  private static String cappedFirst(Reason.Redistributed r) {
    CertificateLine<?> line = r.certificate();
    Amount taken = r.unclaimed().minus(line.pool());
    if (line.capBound() || taken.signum() <= 0) {
      return "";
    }
    return "Mottagare vars andel skulle ha blivit större än det högsta belopp de angett att de kan "
        + "använda fick i stället det beloppet, sammanlagt " + kr(taken) + "; återstående "
        + kr(line.pool()) + " fördelades mellan " + line.rankedAmong() + " mottagare. ";
  }

  static String certificate(CertificateLine<?> line) {
    StringBuilder sb = new StringBuilder("Beräkning för ").append(line.key()).append(": ");
    if (line.capBound()) {
      sb.append("andelen efter vikten ").append(line.weight()).append(" skulle bli minst lika "
          + "stor som det begärda högsta beloppet, så beloppet begränsas till ")
          .append(kr(line.cap().orElseThrow()));
    } else if (line.quota().isEmpty()) {
      sb.append("vikten ").append(line.weight()).append(" ger ingen andel");
    } else {
      ExactQuota q = line.quota().get();
      sb.append("vikten ").append(line.weight()).append(" av ").append(q.denominator())
          .append(" av ").append(kr(line.pool())).append(" ger den exakta andelen ").append(q)
          .append(", avrundat nedåt ").append(q.floor()).append(" öre. Återstående ören fördelas "
              + "efter storleken på avrundningsresten: mottagaren kommer på plats ")
          .append(line.remainderRank().orElseThrow()).append(" av ").append(line.rankedAmong())
          .append(line.extraOre() ? " och får ett extra öre (" : " och får inget extra öre (")
          .append(tieBreak(line.tieBreak())).append(')');
      line.cap().ifPresent(c -> sb.append("; det begärda högsta beloppet ").append(kr(c))
          .append(" begränsar inte"));
    }
    if (line.base().signum() > 0) {
      sb.append("; därtill grundbeloppet ").append(kr(line.base()));
    }
    return sb.append(". Belopp ").append(kr(line.amount())).append('.').toString();
  }

  private static String tieBreak(TieBreak tieBreak) {
    switch (tieBreak) {
      case NONE:
        return "inga återstående ören att fördela";
      case REMAINDER:
        return "avgjort efter resten";
      case WEIGHT:
        return "lika rest, avgjort efter den större vikten";
      case KEY:
        return "lika rest och vikt, avgjort efter ordningen i nyckeln";
      default:
        throw new AssertionError(tieBreak);
    }
  }
}
