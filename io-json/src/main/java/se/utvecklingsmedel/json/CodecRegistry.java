package se.utvecklingsmedel.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.statistics.AreaCounts;
import se.utvecklingsmedel.followup.AreaWork;
import se.utvecklingsmedel.statistics.CategoryStatistics;
import se.utvecklingsmedel.followup.Claim;
import se.utvecklingsmedel.support.CompetenceSupport;
import se.utvecklingsmedel.support.CountyBoardSurvey;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.published.PublishedFigures;
import se.utvecklingsmedel.published.PublishedStatistics;
import se.utvecklingsmedel.published.RoundComparison;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.followup.Settlement;
import se.utvecklingsmedel.statistics.Share;
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
import se.utvecklingsmedel.ledger.Ledger;
import se.utvecklingsmedel.ledger.LedgerEntry;
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
      Codec.document("grant-round", GrantRound.class, RoundCodec.ROUND),
      Codec.document("distribution-key", DistributionKey.class, GrantCodec.KEY),
      Codec.document("requisition", Requisition.class, GrantCodec.REQUISITION),
      Codec.document("application", Application.class, GrantCodec.APPLICATION),
      Codec.document("round-allocation", RoundAllocation.class, GrantCodec.ROUND_ALLOCATION),
      Codec.document("follow-up-report", FollowUpReport.class, FollowUpCodec.REPORT),
      Codec.document("follow-up", FollowUp.class, FollowUpDocument.FOLLOW_UP),
      Codec.document("round-statistics", RoundStatistics.class, FollowUpCodec.STATISTICS),
      Codec.document("published-statistics", PublishedStatistics.class, FollowUpCodec.PUBLISHED),
      Codec.written("ledger", Ledger.class, LedgerCodec.LEDGER),
      Codec.writeOnly(LedgerEntry.class, LedgerCodec.ENTRY),
      Codec.of(Amount.class, Form.AMOUNT),
      Codec.of(Share.class, ValueCodec.SHARE),
      Codec.of(AmountChange.class, AllocationCodec.CHANGE),
      Codec.of(PotId.class, Form.POT_ID),
      Codec.of(MunicipalityCode.class, ValueCodec.MUNICIPALITY_CODE),
      Codec.of(CountyCode.class, ValueCodec.COUNTY_CODE),
      Codec.of(OrganisationNumber.class, ValueCodec.ORGANISATION_NUMBER),
      Codec.of(County.class, ValueCodec.COUNTY),
      Codec.of(Recipient.class, ValueCodec.RECIPIENT),
      Codec.narrowed(Municipality.class, ValueCodec.RECIPIENT),
      Codec.narrowed(Region.class, ValueCodec.RECIPIENT),
      Codec.narrowed(CountyAdministrativeBoard.class, ValueCodec.RECIPIENT),
      Codec.narrowed(NationalCentre.class, ValueCodec.RECIPIENT),
      Codec.narrowed(NonProfitOrganisation.class, ValueCodec.RECIPIENT),
      Codec.of(Method.class, ValueCodec.METHOD),
      Codec.narrowed(OtherMethod.class, ValueCodec.METHOD),
      Codec.of(Pot.class, RoundCodec.POT),
      Codec.document("round-catalogue", RoundCatalogue.class, RoundCodec.CATALOGUE),
      Codec.narrowed(DistributionKey.ByWeights.class, GrantCodec.KEY),
      Codec.narrowed(DistributionKey.ByAmounts.class, GrantCodec.KEY),
      Codec.of(Priority.class, GrantCodec.PRIORITY),
      Codec.of(RequisitionRules.class, GrantCodec.REQUISITION_RULES),
      Codec.of(ApplicationRules.class, GrantCodec.APPLICATION_RULES),
      Codec.of(RedistributionCandidate.class, GrantCodec.CANDIDATE),
      Codec.of(AllocationComparison.class, AllocationCodec.COMPARISON),
      Codec.of((Class) Allocation.class, AllocationCodec.ALLOCATION),
      Codec.of((Class) Weights.class, AllocationCodec.WEIGHTS),
      Codec.of(CategoryStatistics.class, FollowUpCodec.CATEGORY),
      Codec.of(AreaWork.class, FollowUpCodec.AREA_WORK),
      Codec.of(AreaCounts.class, FollowUpCodec.AREA_COUNTS),
      Codec.of(PublishedFigures.class, FollowUpCodec.FIGURES),
      Codec.of(Claim.class, FollowUpCodec.CLAIM),
      Codec.of(CompetenceSupport.class, FollowUpCodec.COMPETENCE_SUPPORT),
      Codec.of(CountyBoardSurvey.class, FollowUpCodec.SURVEY),
      Codec.of(RoundComparison.class, FollowUpCodec.ROUND_COMPARISON),
      Codec.writeOnly(PotAllocation.class, GrantCodec.POT_ALLOCATION),
      Codec.writeOnly(RecipientGrant.class, GrantCodec.GRANT),
      Codec.writeOnly(Settlement.class, FollowUpDocument.SETTLEMENT));

  private CodecRegistry() {
  }

  /** The codec of a document type, if it is one. */
  static Optional<Codec<?>> document(Class<?> type) {
    return ALL.stream().filter(c -> c.document() && c.type() == type).findFirst();
  }

  /** The schema files of the document types. */
  static List<String> documentSchemas() {
    return ALL.stream().map(Codec::schema).filter(Objects::nonNull).toList();
  }

  /** The names of the document types, for an error message. */
  static List<String> documentNames() {
    return ALL.stream().filter(c -> c.document() && c.reader() != null)
        .map(c -> c.type().getSimpleName()).sorted().toList();
  }
}
