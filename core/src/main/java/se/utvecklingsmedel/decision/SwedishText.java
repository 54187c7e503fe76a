package se.utvecklingsmedel.decision;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import se.utvecklingsmedel.allocation.CertificateLine;
import se.utvecklingsmedel.allocation.ExactQuota;
import se.utvecklingsmedel.allocation.TieBreak;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/** The Swedish renderer: one sentence per reason, in the terms of the seeds and the law. */
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

  private static String deadline(Deadline deadline) {
    return date(deadline.stated()) + (deadline.moved() ? " (flyttad till "
        + date(deadline.effective()) + " enligt lagen (1930:173) om beräkning av lagstadgad tid)"
        : "");
  }

  static String render(Reason reason) {
    if (reason instanceof Reason.KeyedByWeights r) {
      return "Fördelat belopp " + kr(r.amount()) + " enligt fördelningsnyckeln (" + r.basis()
          + "): " + certificate(r.certificate());
    } else if (reason instanceof Reason.KeyedAsListed r) {
      return "Fördelat belopp " + kr(r.amount()) + " enligt fördelningsnyckeln (" + r.basis()
          + ").";
    } else if (reason instanceof Reason.NotRequisitioned r) {
      return "Rekvirerade inte: det fördelade beloppet " + kr(r.keyed())
          + " är ej rekvirerade medel.";
    } else if (reason instanceof Reason.RefusedLate r) {
      return "Rekvirerade " + kr(r.requested()) + " den " + date(r.date()) + ", efter sista dag "
          + "för rekvisition " + deadline(r.deadline()) + ": avslås, eftersom för sent inkomna "
          + "rekvisitioner inte godtas; det fördelade beloppet " + kr(r.keyed())
          + " är ej rekvirerade medel.";
    } else if (reason instanceof Reason.Requisitioned r) {
      return "Rekvirerade " + kr(r.requested()) + " den " + date(r.date())
          + r.acceptedLate().map(d -> ", efter sista dag för rekvisition " + deadline(d)
              + ", godtas trots att den kom in för sent, som omgångens regler tillåter").orElse("")
          + ": högst det fördelade beloppet, godtas"
          + (r.leftUnclaimed().signum() == 0 ? "." : "; resterande " + kr(r.leftUnclaimed())
              + " av det fördelade beloppet är ej rekvirerade medel.");
    } else if (reason instanceof Reason.NoShareAsked) {
      return "Begärde inte del av ej rekvirerade medel.";
    } else if (reason instanceof Reason.NotEligibleForShare r) {
      return "Begärde del av ej rekvirerade medel men rekvirerade " + kr(r.requested())
          + " av sitt fördelade belopp " + kr(r.keyed()) + ": har inte rätt till omfördelade "
          + "medel, eftersom den som lämnar en del av sitt eget fördelade belopp orekvirerat inte "
          + "får del av andras (teambeslut; omgångens regler kan säga annat).";
    } else if (reason instanceof Reason.NothingToShare r) {
      return "Begärde del av ej rekvirerade medel, men det fanns inga att fördela"
          + (r.unclaimedWithoutWeight() ? " efter en vikt över noll" : "") + ".";
    } else if (reason instanceof Reason.Redistributed r) {
      return "Begärde del av ej rekvirerade medel"
          + r.cap().map(c -> " (högst " + kr(c) + ")").orElse("") + ": " + kr(r.amount())
          + " av " + kr(r.unclaimed()) + " ej rekvirerade medel, omfördelade "
          + r.policy().swedish() + " mellan " + r.among() + ": " + certificate(r.certificate());
    } else if (reason instanceof Reason.GrantTotal r) {
      return "Beviljat belopp " + kr(r.granted()) + " = rekvirerat " + kr(r.requested())
          + " + omfördelat " + kr(r.redistributed()) + ".";
    } else if (reason instanceof Reason.Assigned r) {
      return "Tilldelat " + kr(r.amount()) + " för att genomföra uppdraget; inte ett bidrag som "
          + "återrapporteras eller återkrävs.";
    } else if (reason instanceof Reason.Applied r) {
      return "Ansökte om " + kr(r.amount()) + " den " + date(r.date())
          + (r.areas().isEmpty() ? "" : " för " + r.areas().stream().map(SwedishLabelled::label)
              .collect(Collectors.joining(", "))) + ".";
    } else if (reason instanceof Reason.PotDoesNotServe r) {
      return "Uppfyller inte villkoren: potten " + r.pot() + " är inte avsedd för "
          + r.category().label().toLowerCase(Locale.ROOT) + ".";
    } else if (reason instanceof Reason.OutsideApplicationPeriod r) {
      return "Uppfyller inte villkoren: inkom den " + date(r.received()) + ", utanför "
          + "ansökningsperioden " + date(r.from()) + " – " + date(r.to()) + ".";
    } else if (reason instanceof Reason.Prioritised r) {
      return "Uppfyller villkoren; prioritet " + r.rank() + ": " + r.reason().swedish() + ".";
    } else if (reason instanceof Reason.GrantedInFull r) {
      return "Beviljas i sin helhet i prioritetsordning; " + kr(r.left()) + " kvar i potten.";
    } else if (reason instanceof Reason.GrantedInPart r) {
      return "Beviljas delvis: de " + kr(r.granted()) + " som var kvar i potten, det sista "
          + "bidraget i prioritetsordning.";
    } else if (reason instanceof Reason.PotUsedUp) {
      return "Avslås: potten gick åt till ansökningar med högre prioritet.";
    } else if (reason instanceof Reason.DoesNotFit r) {
      return "Avslås: " + kr(r.asked()) + " ryms inte i de " + kr(r.left()) + " som var kvar i "
          + "potten, och bara hela ansökningar beviljas.";
    } else if (reason instanceof Reason.Proportional r) {
      return (r.inFull() ? "Beviljas i sin helhet: potten räcker till alla ansökningar som "
          + "uppfyller villkoren" : "Nedräknat i proportion till sökt belopp, liksom alla "
          + "ansökningar som uppfyller villkoren") + ": " + certificate(r.certificate());
    } else if (reason instanceof Reason.Stated r) {
      return r.words().swedish();
    } else if (reason instanceof Reason.Used r) {
      return "Förbrukade medel " + kr(r.used()) + " av beviljade " + kr(r.granted())
          + "; ej förbrukade medel " + kr(r.unused()) + ".";
    } else if (reason instanceof Reason.Repayment r) {
      return "Återbetalning: " + kr(r.unused()) + " av beviljade " + kr(r.granted())
          + " förbrukades inte under användningsperioden; ej förbrukade medel ska återbetalas "
          + "till Socialstyrelsen.";
    } else if (reason instanceof Reason.RecoveryWithoutReport r) {
      return "Återkrav: ingen återrapportering senast " + deadline(r.deadline())
          + ", så inget av bidraget är redovisat.";
    } else if (reason instanceof Reason.RecoveryIncompleteReport r) {
      return "Återkrav: återrapporteringen är ofullständig efter sista dag "
          + deadline(r.deadline()) + ", så de " + kr(r.used())
          + " som den anger som förbrukade är inte redovisade.";
    } else if (reason instanceof Reason.RecoveryOutsidePurpose r) {
      return "Återkrav: återrapporteringen anger " + kr(r.outsidePurpose())
          + " som förbrukade utanför bidragets ändamål.";
    }
    throw new AssertionError("no Swedish text for " + reason);
  }

  /** A certificate line as one Swedish sentence: every figure needed to check it by hand. */
  static String certificate(CertificateLine<?> line) {
    StringBuilder sb = new StringBuilder().append(line.key()).append(": ");
    if (line.capBound()) {
      sb.append("vikt ").append(line.weight()).append("; taket ")
          .append(kr(line.cap().orElseThrow())).append(" binder, eftersom kvoten av potten skulle "
              + "bli minst lika stor, så beloppet blir exakt taket");
    } else if (line.quota().isEmpty()) {
      sb.append("vikt ").append(line.weight()).append(" deltar inte i fördelningen");
    } else {
      ExactQuota q = line.quota().get();
      sb.append("vikt ").append(line.weight()).append(" av ").append(q.denominator())
          .append(" i en pott på ").append(kr(line.pool())).append(" ger den exakta kvoten ")
          .append(q).append("; heltalsdel ").append(q.floor()).append(" öre; plats ")
          .append(line.remainderRank().orElseThrow()).append(" av ").append(line.rankedAmong())
          .append(" i ordningen efter rest")
          .append(line.extraOre() ? ", alltså 1 extra öre (" : ", alltså inget extra öre (")
          .append(tieBreak(line.tieBreak())).append(')');
      line.cap().ifPresent(c -> sb.append("; taket ").append(kr(c)).append(" binder inte"));
    }
    if (line.base().signum() > 0) {
      sb.append("; plus grundbeloppet ").append(kr(line.base()));
    }
    return sb.append("; belopp ").append(kr(line.amount())).append('.').toString();
  }

  private static String tieBreak(TieBreak tieBreak) {
    switch (tieBreak) {
      case NONE:
        return "inga extra ören att avgöra";
      case REMAINDER:
        return "avgjort av resten";
      case WEIGHT:
        return "lika rester, avgjort av den större vikten";
      case KEY:
        return "lika rester och vikter, avgjort av nyckelordningen";
      default:
        throw new AssertionError(tieBreak);
    }
  }
}
