package se.utvecklingsmedel.recipient;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/**
 * Sweden's municipalities, counties, regions and county administrative boards, and the national
 * centre: the recipients the programme names, loaded once from resources embedded in this library.
 *
 * <p>Swedish: <i>referensdata</i>. 290 municipalities and 21 counties with Statistics Sweden's
 * (SCB) codes and names (origin: the CC0 data set "Swedish Geodata", see the {@code README.md}
 * beside the CSV files); 21 regions and 21 county administrative boards derived from the counties —
 * Gotland's region being its municipality, which carries the region's tasks — and NCK.
 *
 * <p>Lookups by code throw {@link IllegalArgumentException} naming an unknown code. Lookups by name
 * ignore case and accents ({@code "malmo"} finds Malmö) and accept the short or the full name, but
 * an exact (case-insensitive) match always wins ({@code "habo"} is Habo, {@code "håbo"} is Håbo),
 * and a name that only matches without accents and then matches more than one ({@code "Habö"}: Habo
 * or Håbo?) is rejected rather than guessed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReferenceData {

  /**
   * The first day on which every county council is a <i>region</i>: 1 January 2020. Before it they
   * were <i>landsting</i> (the 2016 account: "21 landsting"; the programme's grant pages address
   * "regioner" from 2020).
   */
  public static final LocalDate REGIONS_FROM = LocalDate.of(2020, 1, 1);

  private static final String RESOURCES = "/se/utvecklingsmedel/recipient/";

  private ReferenceData() {
  }

  /**
   * The tables, loaded on first use, once, thread-safely, with Guava's {@code Suppliers.memoize}
   * rather than a class holder: a load that fails is not kept, so the next call tries again
   * instead of meeting a class that can never be initialised. The resources are read
   * through this class, never through the calling thread's context class loader.
   */
  private static final Supplier<Tables> TABLES = Suppliers.memoize(Tables::load);

  private record Tables(ImmutableSortedMap<CountyCode, County> counties,
      ImmutableSortedMap<MunicipalityCode, Municipality> municipalities,
      ImmutableSortedMap<CountyCode, Region> regions,
      ImmutableSortedMap<CountyCode, CountyAdministrativeBoard> boards) {

    static Tables load() {
      ImmutableSortedMap<CountyCode, County> counties = loadCounties();
      ImmutableSortedMap<MunicipalityCode, Municipality> municipalities =
          loadMunicipalities(counties);
      // Gotland (county 09) has no county council: the municipality of Gotland carries its tasks.
      ImmutableSortedMap<CountyCode, Region> regions = counties.values().stream().collect(
          ImmutableSortedMap.toImmutableSortedMap(Comparable::compareTo, County::code,
              county -> new Region(county, county.code().value().equals("09")
                  ? Optional.of(municipalities.get(MunicipalityCode.of("0980")))
                  : Optional.empty())));
      ImmutableSortedMap<CountyCode, CountyAdministrativeBoard> boards = counties.values().stream()
          .collect(ImmutableSortedMap.toImmutableSortedMap(Comparable::compareTo, County::code,
              CountyAdministrativeBoard::new));
      return new Tables(counties, municipalities, regions, boards);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Counties

  /**
   * Returns the 21 counties in code order.
   *
   * @return the counties
   */
  public static ImmutableList<County> counties() {
    return TABLES.get().counties().values().asList();
  }

  /**
   * Returns the county with the given code.
   *
   * @param code the SCB county code
   * @return the county
   * @throws IllegalArgumentException if no county has that code
   */
  public static County county(CountyCode code) {
    return findCounty(code).orElseThrow(() -> new RuleViolation(County.class, code.toString(), "", "Unknown county code "
        + code + ": not one of Sweden's 21 counties (SCB)"));
  }

  /**
   * Looks up the county with the given code; an application that answers "not found" (HTTP 404)
   * uses this, since a malformed code already fails in {@code CountyCode.of}.
   *
   * @param code the SCB county code
   * @return the county, or empty if Sweden has none with that code
   */
  public static Optional<County> findCounty(CountyCode code) {
    requireNonNull(code, "ReferenceData 'code' must not be null");
    return Optional.ofNullable(TABLES.get().counties().get(code));
  }

  /**
   * Returns the county with the given code.
   *
   * @param code the SCB county code, e.g. {@code "01"}
   * @return the county
   * @throws IllegalArgumentException if the code is malformed or no county has it
   */
  public static County county(String code) {
    requireNonNull(code, "ReferenceData 'code' must not be null");
    return county(CountyCode.of(code));
  }

  /**
   * Returns the county with the given name or short name, ignoring case and accents.
   *
   * @param name e.g. {@code "Skåne län"}, {@code "skane"}
   * @return the county
   * @throws IllegalArgumentException if no county, or more than one, has that name
   */
  public static County countyByName(String name) {
    requireNonNull(name, "ReferenceData 'name' must not be null");
    return byName("county", counties(), name, County::name, County::shortName);
  }

  // ---------------------------------------------------------------------------------------------
  // Municipalities

  /**
   * Returns the 290 municipalities in code order.
   *
   * @return the municipalities
   */
  public static ImmutableList<Municipality> municipalities() {
    return TABLES.get().municipalities().values().asList();
  }

  /**
   * Returns the municipality with the given code.
   *
   * @param code the SCB municipality code
   * @return the municipality
   * @throws IllegalArgumentException if no municipality has that code
   */
  public static Municipality municipality(MunicipalityCode code) {
    return findMunicipality(code).orElseThrow(() -> new RuleViolation(Municipality.class, code.toString(), "",
        "Unknown municipality code " + code + ": not one of Sweden's 290 municipalities (SCB)"));
  }

  /**
   * Looks up the municipality with the given code; an application that answers "not found" (HTTP
   * 404) uses this, since a malformed code already fails in {@code MunicipalityCode.of}.
   *
   * @param code the SCB municipality code
   * @return the municipality, or empty if Sweden has none with that code
   */
  public static Optional<Municipality> findMunicipality(MunicipalityCode code) {
    requireNonNull(code, "ReferenceData 'code' must not be null");
    return Optional.ofNullable(TABLES.get().municipalities().get(code));
  }

  /**
   * Returns the municipality with the given code.
   *
   * @param code the SCB municipality code, e.g. {@code "0180"}
   * @return the municipality
   * @throws IllegalArgumentException if the code is malformed or no municipality has it
   */
  public static Municipality municipality(String code) {
    requireNonNull(code, "ReferenceData 'code' must not be null");
    return municipality(MunicipalityCode.of(code));
  }

  /**
   * Returns the municipality with the given name or short name, ignoring case and accents.
   *
   * @param name e.g. {@code "Malmö kommun"}, {@code "malmo"}
   * @return the municipality
   * @throws IllegalArgumentException if no municipality, or more than one, has that name
   */
  public static Municipality municipalityByName(String name) {
    requireNonNull(name, "ReferenceData 'name' must not be null");
    return byName("municipality", municipalities(), name, Municipality::swedishLabel,
        Municipality::displayName);
  }

  /**
   * Returns the municipalities of a county, in code order.
   *
   * @param county the county
   * @return its municipalities
   */
  public static ImmutableList<Municipality> municipalitiesIn(County county) {
    requireNonNull(county, "ReferenceData 'county' must not be null");
    return municipalities().stream().filter(m -> m.county().equals(county))
        .collect(ImmutableList.toImmutableList());
  }

  // ---------------------------------------------------------------------------------------------
  // Regions, county administrative boards, NCK

  /**
   * Returns the 21 regions in county-code order, Gotland's included.
   *
   * @return the regions
   */
  public static ImmutableList<Region> regions() {
    return TABLES.get().regions().values().asList();
  }

  /**
   * Returns the region of the county with the given code.
   *
   * @param code the county code
   * @return the region
   * @throws IllegalArgumentException if no county has that code
   */
  public static Region region(CountyCode code) {
    return TABLES.get().regions().get(county(code).code());
  }

  /**
   * Looks up the region with the given code; an application that answers "not found" (HTTP 404)
   * uses this, since a malformed code already fails in {@code CountyCode.of}.
   *
   * @param code the county code
   * @return the region, or empty if Sweden has none with that code
   */
  public static Optional<Region> findRegion(CountyCode code) {
    requireNonNull(code, "ReferenceData 'code' must not be null");
    return Optional.ofNullable(TABLES.get().regions().get(code));
  }

  /**
   * Returns the region of the county with the given code.
   *
   * @param code the county code, e.g. {@code "09"}
   * @return the region
   * @throws IllegalArgumentException if the code is malformed or no county has it
   */
  public static Region region(String code) {
    requireNonNull(code, "ReferenceData 'code' must not be null");
    return region(CountyCode.of(code));
  }

  /**
   * Returns the 21 county administrative boards in county-code order.
   *
   * @return the boards
   */
  public static ImmutableList<CountyAdministrativeBoard> countyAdministrativeBoards() {
    return TABLES.get().boards().values().asList();
  }

  /**
   * Returns the county administrative board of the county with the given code.
   *
   * @param code the county code
   * @return the board
   * @throws IllegalArgumentException if no county has that code
   */
  public static CountyAdministrativeBoard countyAdministrativeBoard(CountyCode code) {
    return TABLES.get().boards().get(county(code).code());
  }

  /**
   * Looks up the county administrative board with the given code; an application that answers "not
   * found" (HTTP 404) uses this, since a malformed code already fails in {@code CountyCode.of}
   *.
   *
   * @param code the county code
   * @return the county administrative board, or empty if Sweden has none with that code
   */
  public static Optional<CountyAdministrativeBoard> findCountyAdministrativeBoard(CountyCode code) {
    requireNonNull(code, "ReferenceData 'code' must not be null");
    return Optional.ofNullable(TABLES.get().boards().get(code));
  }

  /**
   * Returns the county administrative board of the county with the given code.
   *
   * @param code the county code, e.g. {@code "01"}
   * @return the board
   * @throws IllegalArgumentException if the code is malformed or no county has it
   */
  public static CountyAdministrativeBoard countyAdministrativeBoard(String code) {
    requireNonNull(code, "ReferenceData 'code' must not be null");
    return countyAdministrativeBoard(CountyCode.of(code));
  }

  /**
   * Returns the national centre, NCK.
   *
   * @return {@link NationalCentre#NCK}
   */
  public static NationalCentre nationalCentre() {
    return NationalCentre.NCK;
  }

  // ---------------------------------------------------------------------------------------------
  // Lookup by name

  private static <T> T byName(String kind, List<T> all, String name, Function<T, String> fullName,
      Function<T, String> shortName) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    List<T> exact = all.stream().filter(t -> fullName.apply(t).toLowerCase(Locale.ROOT).equals(wanted)
        || shortName.apply(t).toLowerCase(Locale.ROOT).equals(wanted)).collect(Collectors.toList());
    if (exact.size() == 1) {
      return exact.get(0);
    }
    String folded = fold(name);
    List<T> loose = all.stream().filter(t -> fold(fullName.apply(t)).equals(folded)
        || fold(shortName.apply(t)).equals(folded)).collect(Collectors.toList());
    checkRule(!loose.isEmpty(), ReferenceData.class, kind, "", "Unknown %s name '%s'", kind, name);
    checkRule(loose.size() == 1, ReferenceData.class, kind, "",
        "Ambiguous %s name '%s': it matches %s; write it with its "
        + "accents", kind, name, loose.stream().map(shortName).collect(Collectors.joining(" and ")));
    return loose.get(0);
  }

  /** Lower case without accents: "Håbo" and "habo" fold alike. */
  private static String fold(String text) {
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  // ---------------------------------------------------------------------------------------------
  // Loading

  private static ImmutableSortedMap<CountyCode, County> loadCounties() {
    ImmutableSortedMap.Builder<CountyCode, County> counties = ImmutableSortedMap.naturalOrder();
    for (String[] row : readCsv("counties.csv", 3)) {
      County county = new County(CountyCode.of(row[0]), row[1], row[2]);
      counties.put(county.code(), county);
    }
    return counties.build();
  }

  private static ImmutableSortedMap<MunicipalityCode, Municipality> loadMunicipalities(
      ImmutableSortedMap<CountyCode, County> counties) {
    ImmutableSortedMap.Builder<MunicipalityCode, Municipality> municipalities =
        ImmutableSortedMap.naturalOrder();
    for (String[] row : readCsv("municipalities.csv", 4)) {
      MunicipalityCode code = MunicipalityCode.of(row[0]);
      County county = counties.get(CountyCode.of(row[3]));
      if (county == null || !code.countyCode().equals(county.code())) {
        throw new IllegalStateException("Reference data: municipality " + code
            + " names county " + row[3] + ", which does not fit");
      }
      municipalities.put(code, new Municipality(code, row[1], row[2], county));
    }
    return municipalities.build();
  }

  /** Reads an embedded CSV whose fields contain no commas or quotes, skipping the header. */
  private static List<String[]> readCsv(String file, int columns) {
    try (InputStream in = ReferenceData.class.getResourceAsStream(RESOURCES + file)) {
      if (in == null) {
        throw new IllegalStateException("Reference data: resource " + RESOURCES + file + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] row = line.split(",", -1);
        if (row.length != columns) {
          throw new IllegalStateException("Reference data: " + file + " line '" + line + "' has "
              + row.length + " fields, expected " + columns);
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("Reference data: cannot read " + file, e);
    }
  }
}
