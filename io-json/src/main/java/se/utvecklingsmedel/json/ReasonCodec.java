package se.utvecklingsmedel.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.CaseFormat;
import se.utvecklingsmedel.allocation.CertificateLine;
import se.utvecklingsmedel.decision.Deadline;
import se.utvecklingsmedel.decision.Reason;
import se.utvecklingsmedel.decision.Reason.ClaimReason;
import se.utvecklingsmedel.decision.Wording;
import se.utvecklingsmedel.money.Amount;

/**
 * Reasons as data (issue 13): each an object with its {@code kind} (the record's name in upper
 * snake case, e.g. {@code "REDISTRIBUTED"}) and its parameters. Left out, because the document
 * already holds them: a key's basis (the pot's {@code key.basis}) and a certificate line's recipient
 * (the grant's). A certificate line leaves out what is absent, zero or false.
 *
 * <p>A grant's reasons are results, written and compared, never read, and written lean ({@link
 * #inGrant}): a parameter the grant states itself (its keyed amount, request, share, total,
 * priority) or its pot states (the redistribution policy, the unclaimed funds shared, how many
 * shared them) is not repeated in each reason. A claim's reason is written whole and read, for its
 * four kinds only ({@link #CLAIM_REASON}).
 */
final class ReasonCodec {

  static final Form<Wording> WORDING = Form.object(f -> {
    String swedish = f.required("swedish", Wording::swedish, Form.STRING);
    String english = f.required("english", Wording::english, Form.STRING);
    return f.build(() -> new Wording(swedish, english));
  });

  static final Form<Deadline> DEADLINE = Form.object(f -> {
    var stated = f.required("stated", Deadline::stated, Form.DATE);
    var effective = f.required("effective", Deadline::effective, Form.DATE);
    return f.build(() -> new Deadline(stated, effective));
  });

  /** A claim's reason: written as every reason is, read for the claim kinds. */
  static final Form<ClaimReason> CLAIM_REASON = new Form<>(ReasonCodec::write,
      ReasonCodec::readClaim);

  private ReasonCodec() {
  }

  static String kind(Reason reason) {
    return CaseFormat.UPPER_CAMEL.to(CaseFormat.UPPER_UNDERSCORE,
        reason.getClass().getSimpleName());
  }

  static ObjectNode write(Reason reason) {
    ObjectNode node = Json.FACTORY.objectNode().put("kind", kind(reason));
    if (reason instanceof Reason.KeyedByWeights r) {
      amount(node, "amount", r.amount()).set("certificate", certificate(r.certificate()));
    } else if (reason instanceof Reason.KeyedAsListed r) {
      amount(node, "amount", r.amount());
    } else if (reason instanceof Reason.NotRequisitioned r) {
      amount(node, "keyed", r.keyed());
    } else if (reason instanceof Reason.RefusedLate r) {
      amount(node, "requested", r.requested()).put("date", r.date().toString())
          .set("deadline", DEADLINE.write(r.deadline()));
      amount(node, "keyed", r.keyed());
    } else if (reason instanceof Reason.Requisitioned r) {
      amount(node, "requested", r.requested()).put("date", r.date().toString());
      amount(node, "keyed", r.keyed());
      r.acceptedLate().ifPresent(d -> node.set("acceptedLate", DEADLINE.write(d)));
    } else if (reason instanceof Reason.NotEligibleForShare r) {
      amount(amount(node, "requested", r.requested()), "keyed", r.keyed());
    } else if (reason instanceof Reason.NothingToShare r) {
      node.put("unclaimedWithoutWeight", r.unclaimedWithoutWeight());
    } else if (reason instanceof Reason.Redistributed r) {
      amount(amount(node, "amount", r.amount()), "unclaimed", r.unclaimed());
      r.cap().ifPresent(c -> amount(node, "cap", c));
      node.set("policy", WORDING.write(r.policy()));
      node.put("among", r.among()).set("certificate", certificate(r.certificate()));
    } else if (reason instanceof Reason.GrantTotal r) {
      amount(amount(amount(node, "granted", r.granted()), "requested", r.requested()),
          "redistributed", r.redistributed());
    } else if (reason instanceof Reason.Assigned r) {
      amount(node, "amount", r.amount());
    } else if (reason instanceof Reason.Applied r) {
      amount(node, "amount", r.amount()).put("date", r.date().toString());
      ArrayNode areas = node.putArray("areas");
      r.areas().forEach(a -> areas.add(a.name()));
    } else if (reason instanceof Reason.PotDoesNotServe r) {
      node.put("pot", r.pot().toString()).put("category", r.category().name());
    } else if (reason instanceof Reason.OutsideApplicationPeriod r) {
      node.put("received", r.received().toString()).put("from", r.from().toString())
          .put("to", r.to().toString());
    } else if (reason instanceof Reason.Prioritised r) {
      node.put("rank", r.rank()).set("reason", WORDING.write(r.reason()));
    } else if (reason instanceof Reason.GrantedInFull r) {
      amount(node, "left", r.left());
    } else if (reason instanceof Reason.GrantedInPart r) {
      amount(node, "granted", r.granted());
    } else if (reason instanceof Reason.DoesNotFit r) {
      amount(amount(node, "asked", r.asked()), "left", r.left());
    } else if (reason instanceof Reason.Proportional r) {
      node.put("inFull", r.inFull()).set("certificate", certificate(r.certificate()));
    } else if (reason instanceof Reason.Stated r) {
      node.set("words", WORDING.write(r.words()));
    } else if (reason instanceof Reason.Used r) {
      amount(amount(amount(node, "used", r.used()), "unused", r.unused()), "granted", r.granted());
    } else if (reason instanceof Reason.Repayment r) {
      amount(amount(node, "unused", r.unused()), "granted", r.granted());
    } else if (reason instanceof Reason.RecoveryWithoutReport r) {
      node.set("deadline", DEADLINE.write(r.deadline()));
    } else if (reason instanceof Reason.RecoveryIncompleteReport r) {
      node.set("deadline", DEADLINE.write(r.deadline()));
      amount(node, "used", r.used());
    } else if (reason instanceof Reason.RecoveryOutsidePurpose r) {
      amount(node, "outsidePurpose", r.outsidePurpose());
    }
    return node;
  }

  /** A grant's reasons, lean: only what the grant and its pot do not state already. */
  static ArrayNode inGrant(Iterable<? extends Reason> reasons) {
    ArrayNode array = Json.FACTORY.arrayNode();
    reasons.forEach(r -> array.add(inGrant(r)));
    return array;
  }

  private static ObjectNode inGrant(Reason reason) {
    ObjectNode node = Json.FACTORY.objectNode().put("kind", kind(reason));
    if (reason instanceof Reason.KeyedByWeights r) {
      node.set("certificate", certificate(r.certificate()).without("amount"));
    } else if (reason instanceof Reason.RefusedLate r) {
      node.put("date", r.date().toString()).set("deadline", DEADLINE.write(r.deadline()));
    } else if (reason instanceof Reason.Requisitioned r) {
      node.put("date", r.date().toString());
      r.acceptedLate().ifPresent(d -> node.set("acceptedLate", DEADLINE.write(d)));
    } else if (reason instanceof Reason.NothingToShare r) {
      node.put("unclaimedWithoutWeight", r.unclaimedWithoutWeight());
    } else if (reason instanceof Reason.Redistributed r) {
      r.cap().ifPresent(c -> amount(node, "cap", c));
      node.set("certificate", certificate(r.certificate()).without("amount"));
    } else if (reason instanceof Reason.Applied r) {
      node.put("date", r.date().toString());
      ArrayNode areas = node.putArray("areas");
      r.areas().forEach(a -> areas.add(a.name()));
    } else if (reason instanceof Reason.OutsideApplicationPeriod r) {
      node.put("from", r.from().toString()).put("to", r.to().toString());
    } else if (reason instanceof Reason.GrantedInFull r) {
      amount(node, "left", r.left());
    } else if (reason instanceof Reason.DoesNotFit r) {
      amount(node, "left", r.left());
    } else if (reason instanceof Reason.Proportional r) {
      node.put("inFull", r.inFull())
          .set("certificate", certificate(r.certificate()).without("amount"));
    } else if (reason instanceof Reason.Stated r) {
      node.set("words", WORDING.write(r.words()));
    }
    return node;
  }

  private static ObjectNode amount(ObjectNode node, String name, Amount amount) {
    return node.put(name, amount.toString());
  }

  /** Every figure of a certificate line needed to check it by hand; absent, zero and false left out. */
  static ObjectNode certificate(CertificateLine<?> line) {
    ObjectNode node = Json.FACTORY.objectNode().put("weight", line.weight());
    if (line.base().signum() > 0) {
      amount(node, "base", line.base());
    }
    line.cap().ifPresent(cap -> amount(node, "cap", cap));
    if (line.capBound()) {
      node.put("capBound", true);
    }
    amount(node, "pool", line.pool());
    line.quota().ifPresent(q -> node.put("quota", q.numerator() + "/" + q.denominator()));
    line.remainderRank().ifPresent(rank -> node.put("remainderRank", rank));
    node.put("rankedAmong", line.rankedAmong());
    if (line.extraOre()) {
      node.put("extraOre", true);
    }
    node.put("tieBreak", line.tieBreak().name());
    return amount(node, "amount", line.amount());
  }

  private static ClaimReason readClaim(Node node) {
    Node kindNode = node.field("kind");
    String kind = kindNode.string();
    switch (kind) {
      case "REPAYMENT": {
        Amount unused = node.field("unused").amount();
        Amount granted = node.field("granted").amount();
        node.done();
        return node.build(() -> new Reason.Repayment(unused, granted));
      }
      case "RECOVERY_WITHOUT_REPORT": {
        Deadline deadline = DEADLINE.read(node.field("deadline"));
        node.done();
        return node.build(() -> new Reason.RecoveryWithoutReport(deadline));
      }
      case "RECOVERY_INCOMPLETE_REPORT": {
        Deadline deadline = DEADLINE.read(node.field("deadline"));
        Amount used = node.field("used").amount();
        node.done();
        return node.build(() -> new Reason.RecoveryIncompleteReport(deadline, used));
      }
      case "RECOVERY_OUTSIDE_PURPOSE": {
        Amount outside = node.field("outsidePurpose").amount();
        node.done();
        return node.build(() -> new Reason.RecoveryOutsidePurpose(outside));
      }
      default:
        throw kindNode.error("must be one of REPAYMENT, RECOVERY_WITHOUT_REPORT, "
            + "RECOVERY_INCOMPLETE_REPORT, RECOVERY_OUTSIDE_PURPOSE");
    }
  }
}
