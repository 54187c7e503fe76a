package se.utvecklingsmedel.vocabulary;

/**
 * An area a recipient reports its use of funds in (<i>verksamhetsområde</i>): municipal activity
 * areas for municipalities, regional ones for regions, development areas for non-profits.
 *
 * <p>Source: the 2016 account, whose report is organised by these three lists.
 */
public sealed interface ActivityArea extends SwedishLabelled
    permits MunicipalActivityArea, RegionalActivityArea, DevelopmentArea {
}
