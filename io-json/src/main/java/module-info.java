/**
 * utvecklingsmedel's strict, exact JSON: {@code GrantJson} reads and writes every document of core,
 * {@code GrantJsonModule} registers the same codecs with any Jackson {@code ObjectMapper}, and
 * {@code GrantJsonSchema} validates a document against its shipped JSON Schema, and
 * {@code ThreeSixtyGiving} exports an allocation in the 360Giving Data Standard.
 *
 * <p>Reads core and Jackson databind transitively (their types are in this module's API) and
 * provides {@code GrantJsonModule} as a Jackson {@code Module} service, so
 * {@code ObjectMapper.findAndRegisterModules()} finds it on the module path as on the class path.
 */
module se.utvecklingsmedel.json {
  requires transitive se.utvecklingsmedel.core;
  requires transitive com.fasterxml.jackson.databind;
  // Optional: only GrantJsonSchema uses it, and says what to add when it is missing.
  requires static com.networknt.schema;

  exports se.utvecklingsmedel.json;

  provides com.fasterxml.jackson.databind.Module with se.utvecklingsmedel.json.GrantJsonModule;
}
