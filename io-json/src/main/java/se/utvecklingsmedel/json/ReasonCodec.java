package se.utvecklingsmedel.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.CaseFormat;
import java.util.Set;
import se.utvecklingsmedel.allocation.CertificateLine;
import se.utvecklingsmedel.decision.AwardReason;
import se.utvecklingsmedel.deadline.Deadline;
import se.utvecklingsmedel.decision.Reason;
import se.utvecklingsmedel.decision.ClaimReason;
import se.utvecklingsmedel.decision.ReasonVisitor;
import se.utvecklingsmedel.decision.Wording;
import se.utvecklingsmedel.money.Amount;

/**
 * Reasons as data: each an object with its {@code kind} (the record's name in upper
 * snake case, e.g. {@code "REDISTRIBUTED"}) and its parameters. Left out, because the document
 * already holds them: a key's basis (the pot's {@code key.basis}) and a certificate line's
 * recipient (the grant's). A certificate line leaves out what is absent, zero or false.
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

  static {
    // What a certificate line leaves out: no base, not bound by its cap, no extra öre.
    LeftOut.register("base", Json.FACTORY.textNode("0.00"));
    LeftOut.register("capBound", Json.FACTORY.booleanNode(false));
    LeftOut.register("extraOre", Json.FACTORY.booleanNode(false));
  }

  /** A reason's kind in JSON, its record's name in capitals: worked out once per kind. */
  private static final ClassValue<String> KINDS = new ClassValue<>() {
    @Override
    protected String computeValue(Class<?> type) {
      return CaseFormat.UPPER_CAMEL.to(CaseFormat.UPPER_UNDERSCORE, type.getSimpleName());
    }
  };

  static String kind(Reason reason) {
    return KINDS.get(reason.getClass());
  }

  static ObjectNode write(Reason reason) {
    ObjectNode node = Json.FACTORY.objectNode().put("kind", kind(reason));
    reason.accept(new Whole(node));
    return node;
  }

  /** A grant's reasons, as the grant states them (a tree per reason, written whole). */
  static final Form<java.util.List<Reason>> IN_GRANT = new Form<>(ReasonCodec::inGrant, null);

  static ArrayNode inGrant(Iterable<? extends Reason> reasons) {
    ArrayNode array = Json.FACTORY.arrayNode();
    reasons.forEach(r -> array.add(inGrant(r)));
    return array;
  }

  /**
   * The parameters a grant or its pot states already (its keyed amount, request, share and total,
   * its application and priority, the pot's policy and unclaimed funds): left out of a grant's
   * reasons, with a certificate line's amount (the grant's own).
   */
  private static final Set<String> STATED_BY_THE_GRANT = Set.of("amount",
      "keyed", "requested", "unclaimed", "policy", "among", "granted", "redistributed", "pot",
      "category", "received", "rank", "reason", "asked", "used", "unused", "outsidePurpose");

  private static ObjectNode inGrant(Reason reason) {
    ObjectNode node = write(reason).without(STATED_BY_THE_GRANT);
    JsonNode certificate = node.get("certificate");
    if (certificate != null) {
      ((ObjectNode) certificate).remove("amount");
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
        return node.build(() -> new ClaimReason.Repayment(unused, granted));
      }
      case "RECOVERY_WITHOUT_REPORT": {
        Deadline deadline = DEADLINE.read(node.field("deadline"));
        node.done();
        return node.build(() -> new ClaimReason.RecoveryWithoutReport(deadline));
      }
      case "RECOVERY_INCOMPLETE_REPORT": {
        Deadline deadline = DEADLINE.read(node.field("deadline"));
        Amount used = node.field("used").amount();
        node.done();
        return node.build(() -> new ClaimReason.RecoveryIncompleteReport(deadline, used));
      }
      case "RECOVERY_OUTSIDE_PURPOSE": {
        Amount outside = node.field("outsidePurpose").amount();
        node.done();
        return node.build(() -> new ClaimReason.RecoveryOutsidePurpose(outside));
      }
      default:
        throw kindNode.error("must be one of REPAYMENT, RECOVERY_WITHOUT_REPORT, "
            + "RECOVERY_INCOMPLETE_REPORT, RECOVERY_OUTSIDE_PURPOSE");
    }
  }

  /** Writes every parameter of a reason. */
  private static final class Whole implements ReasonVisitor<Void> {
    private final ObjectNode node;

    Whole(ObjectNode node) {
      this.node = node;
    }

    @Override
    public Void keyedByWeights(Reason.KeyedByWeights r) {
      amount(node, "amount", r.amount()).set("certificate", certificate(r.certificate()));
      return null;
    }

    @Override
    public Void keyedAsListed(Reason.KeyedAsListed r) {
      amount(node, "amount", r.amount());
      return null;
    }

    @Override
    public Void notRequisitioned(Reason.NotRequisitioned r) {
      amount(node, "keyed", r.keyed());
      return null;
    }

    @Override
    public Void refusedLate(Reason.RefusedLate r) {
      amount(node, "requested", r.requested()).put("date", r.date().toString())
          .set("deadline", DEADLINE.write(r.deadline()));
      amount(node, "keyed", r.keyed());
      return null;
    }

    @Override
    public Void requisitioned(Reason.Requisitioned r) {
      amount(node, "requested", r.requested()).put("date", r.date().toString());
      amount(node, "keyed", r.keyed());
      r.acceptedLate().ifPresent(d -> node.set("acceptedLate", DEADLINE.write(d)));
      return null;
    }

    @Override
    public Void noShareAsked(Reason.NoShareAsked r) {
      return null; // nothing beyond its kind
    }

    @Override
    public Void notEligibleForShare(Reason.NotEligibleForShare r) {
      amount(amount(node, "requested", r.requested()), "keyed", r.keyed());
      return null;
    }

    @Override
    public Void notShared(Reason.NotShared r) {
      amount(node, "unclaimed", r.unclaimed());
      return null;
    }

    @Override
    public Void nothingToShare(Reason.NothingToShare r) {
      node.put("unclaimedWithoutWeight", r.unclaimedWithoutWeight());
      return null;
    }

    @Override
    public Void redistributed(Reason.Redistributed r) {
      amount(amount(node, "amount", r.amount()), "unclaimed", r.unclaimed());
      r.cap().ifPresent(c -> amount(node, "cap", c));
      node.set("policy", WORDING.write(r.policy()));
      node.put("among", r.among()).set("certificate", certificate(r.certificate()));
      return null;
    }

    @Override
    public Void grantTotal(Reason.GrantTotal r) {
      amount(amount(amount(node, "granted", r.granted()), "requested", r.requested()),
          "redistributed", r.redistributed());
      return null;
    }

    @Override
    public Void assigned(Reason.Assigned r) {
      amount(node, "amount", r.amount());
      return null;
    }

    @Override
    public Void applied(Reason.Applied r) {
      amount(node, "amount", r.amount()).put("date", r.date().toString());
      ArrayNode areas = node.putArray("areas");
      r.areas().forEach(a -> areas.add(a.name()));
      return null;
    }

    @Override
    public Void potDoesNotServe(Reason.PotDoesNotServe r) {
      node.put("pot", r.pot().toString()).put("category", r.category().name());
      return null;
    }

    @Override
    public Void outsideApplicationPeriod(Reason.OutsideApplicationPeriod r) {
      node.put("received", r.received().toString()).put("from", r.from().toString())
          .put("to", r.to().toString());
      return null;
    }

    @Override
    public Void prioritised(Reason.Prioritised r) {
      node.put("rank", r.rank()).set("reason", WORDING.write(r.reason()));
      return null;
    }

    @Override
    public Void grantedInFull(AwardReason.GrantedInFull r) {
      amount(node, "left", r.left());
      return null;
    }

    @Override
    public Void grantedInPart(AwardReason.GrantedInPart r) {
      amount(node, "granted", r.granted());
      return null;
    }

    @Override
    public Void potUsedUp(AwardReason.PotUsedUp r) {
      return null; // nothing beyond its kind
    }

    @Override
    public Void doesNotFit(AwardReason.DoesNotFit r) {
      amount(amount(node, "asked", r.asked()), "left", r.left());
      return null;
    }

    @Override
    public Void proportional(AwardReason.Proportional r) {
      node.put("inFull", r.inFull()).set("certificate", certificate(r.certificate()));
      return null;
    }

    @Override
    public Void stated(AwardReason.Stated r) {
      node.set("words", WORDING.write(r.words()));
      return null;
    }

    @Override
    public Void used(Reason.Used r) {
      amount(amount(amount(node, "used", r.used()), "unused", r.unused()), "granted", r.granted());
      return null;
    }

    @Override
    public Void repayment(ClaimReason.Repayment r) {
      amount(amount(node, "unused", r.unused()), "granted", r.granted());
      return null;
    }

    @Override
    public Void recoveryWithoutReport(ClaimReason.RecoveryWithoutReport r) {
      node.set("deadline", DEADLINE.write(r.deadline()));
      return null;
    }

    @Override
    public Void recoveryIncompleteReport(ClaimReason.RecoveryIncompleteReport r) {
      node.set("deadline", DEADLINE.write(r.deadline()));
      amount(node, "used", r.used());
      return null;
    }

    @Override
    public Void recoveryOutsidePurpose(ClaimReason.RecoveryOutsidePurpose r) {
      amount(node, "outsidePurpose", r.outsidePurpose());
      return null;
    }
  }
}
