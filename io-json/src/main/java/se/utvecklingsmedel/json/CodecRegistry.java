package se.utvecklingsmedel.json;

import java.util.List;
import java.util.Optional;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.followup.CategoryStatistics;
import se.utvecklingsmedel.followup.Claim;
import se.utvecklingsmedel.followup.CompetenceSupport;
import se.utvecklingsmedel.followup.CountyBoardSurvey;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.followup.PublishedFigures;
import se.utvecklingsmedel.followup.PublishedStatistics;
import se.utvecklingsmedel.followup.RoundComparison;
import se.utvecklingsmedel.followup.RoundStatistics;
import se.utvecklingsmedel.followup.Settlement;
import se.utvecklingsmedel.followup.Share;
import se.utvecklingsmedel.grant.AllocationComparison;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.ApplicationRules;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.Priority;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.grant.RedistributionCandidate;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RequisitionRules;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.money.AmountChange;
import se.utvecklingsmedel.recipient.County;
import se.utvecklingsmedel.recipient.CountyAdministrativeBoard;
import se.utvecklingsmedel.recipient.CountyCode;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.MunicipalityCode;
import se.utvecklingsmedel.recipient.NationalCentre;
import se.utvecklingsmedel.recipient.NonProfitOrganisation;
import se.utvecklingsmedel.recipient.OrganisationNumber;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.Region;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.OtherMethod;

/**
 * Every JSON type of the library, once: its one {@link Codec}. {@link GrantJsonModule} registers
 * each with Jackson; {@link GrantJson#read} reads the documents among them.
 */
final class CodecRegistry {

  /** Every codec, documents first. */
  @SuppressWarnings({"rawtypes", "unchecked"}) // Allocation and Weights are generic; keys are checked
  static final List<Codec<?>> ALL = List.of(
      Codec.document("grant-round", GrantRound.class, RoundCodec::round, RoundCodec::round),
      Codec.document("distribution-key", DistributionKey.class, GrantCodec::key, GrantCodec::key),
      Codec.document("requisition", Requisition.class, GrantCodec::requisition, GrantCodec::requisition),
      Codec.document("application", Application.class, GrantCodec::application, GrantCodec::application),
      Codec.document("round-allocation", RoundAllocation.class, GrantCodec::roundAllocation, GrantCodec::roundAllocation),
      Codec.document("follow-up-report", FollowUpReport.class, FollowUpCodec::report, FollowUpCodec::report),
      Codec.document("follow-up", FollowUp.class, FollowUpDocument::write, FollowUpDocument::read),
      Codec.document("round-statistics", RoundStatistics.class, FollowUpCodec::statistics, FollowUpCodec::statistics),
      Codec.document("published-statistics", PublishedStatistics.class, FollowUpCodec::published, FollowUpCodec::published),
      Codec.of(Amount.class, Json::toNode, Node::amount),
      Codec.of(Share.class, ValueCodec::share, ValueCodec::share),
      Codec.of(AmountChange.class, AllocationCodec::change, AllocationCodec::change),
      Codec.of(PotId.class, Json::toNode, Node::potId),
      Codec.of(MunicipalityCode.class, ValueCodec::text, ValueCodec::municipalityCode),
      Codec.of(CountyCode.class, ValueCodec::text, ValueCodec::countyCode),
      Codec.of(OrganisationNumber.class, ValueCodec::text, ValueCodec::organisationNumber),
      Codec.of(County.class, ValueCodec::county, ValueCodec::county),
      Codec.of(Recipient.class, ValueCodec::recipient, ValueCodec::recipient),
      Codec.narrowed(Municipality.class, ValueCodec::recipient),
      Codec.narrowed(Region.class, ValueCodec::recipient),
      Codec.narrowed(CountyAdministrativeBoard.class, ValueCodec::recipient),
      Codec.narrowed(NationalCentre.class, ValueCodec::recipient),
      Codec.narrowed(NonProfitOrganisation.class, ValueCodec::recipient),
      Codec.of(Method.class, ValueCodec::method, ValueCodec::method),
      Codec.narrowed(OtherMethod.class, ValueCodec::method),
      Codec.of(Pot.class, RoundCodec::pot, RoundCodec::pot),
      Codec.of(RoundCatalogue.class, RoundCodec::catalogue, RoundCodec::catalogue),
      Codec.narrowed(DistributionKey.ByWeights.class, GrantCodec::key),
      Codec.narrowed(DistributionKey.ByAmounts.class, GrantCodec::key),
      Codec.of(Priority.class, GrantCodec::priority, GrantCodec::priority),
      Codec.of(RequisitionRules.class, GrantCodec::requisitionRules, GrantCodec::requisitionRules),
      Codec.of(ApplicationRules.class, GrantCodec::applicationRules, GrantCodec::applicationRules),
      Codec.of(RedistributionCandidate.class, GrantCodec::candidate, GrantCodec::candidate),
      Codec.of(AllocationComparison.class, AllocationCodec::allocationComparison,
          AllocationCodec::allocationComparison),
      Codec.of((Class) Allocation.class, AllocationCodec::allocation, AllocationCodec::allocation),
      Codec.of((Class) Weights.class, AllocationCodec::weights, ValueCodec::weights),
      Codec.of(CategoryStatistics.class, FollowUpCodec::category, FollowUpCodec::category),
      Codec.of(PublishedFigures.class, FollowUpCodec::figures, FollowUpCodec::figures),
      Codec.of(Claim.class, FollowUpCodec::claim, FollowUpCodec::claim),
      Codec.of(CompetenceSupport.class, FollowUpCodec::competenceSupport,
          FollowUpCodec::competenceSupport),
      Codec.of(CountyBoardSurvey.class, FollowUpCodec::survey, FollowUpCodec::survey),
      Codec.of(RoundComparison.class, FollowUpCodec::roundComparison, FollowUpCodec::roundComparison),
      Codec.writeOnly(PotAllocation.class, GrantCodec::potAllocation),
      Codec.writeOnly(RecipientGrant.class, GrantCodec::grant),
      Codec.writeOnly(Settlement.class, FollowUpDocument::settlement));

  private CodecRegistry() {
  }

  /** The codec of a document type, if it is one. */
  static Optional<Codec<?>> document(Class<?> type) {
    return ALL.stream().filter(c -> c.document() && c.type() == type).findFirst();
  }

  /** The names of the document types, for an error message. */
  static List<String> documentNames() {
    return ALL.stream().filter(Codec::document).map(c -> c.type().getSimpleName()).sorted().toList();
  }
}
