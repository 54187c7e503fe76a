package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.round.GrantRound;

/** Every public method of io-json, given null, names the parameter (issue 18). */
class NullArgumentsTest {


  static Stream<Arguments> calls() {
    return Stream.of(
        call("GrantJson 'json'", () -> GrantJson.read((String) null, GrantRound.class)),
        call("GrantJson 'type'", () -> GrantJson.read("{}", null)),
        call("GrantJson 'json'", () -> GrantJson.read((InputStream) null, GrantRound.class)),
        call("GrantJson 'type'", () -> GrantJson.read(new ByteArrayInputStream(new byte[0]),
            null)),
        call("GrantJson 'file'", () -> GrantJson.read((Path) null, GrantRound.class)),
        call("GrantJson 'type'", () -> GrantJson.read(Path.of("round.json"), null)),
        call("GrantJson 'value'", () -> GrantJson.write(null)),
        call("GrantJson 'value'", () -> GrantJson.tree(null)),
        call("ThreeSixtyGiving 'allocation'", () -> ThreeSixtyGiving.export((RoundAllocation) null)),
        call("ThreeSixtyGiving 'followUp'", () -> ThreeSixtyGiving.export((FollowUp) null)),
        call("GrantJsonSchema 'type'", () -> GrantJsonSchema.of(null)),
        call("GrantJsonSchema 'json'", () -> GrantJsonSchema.of(GrantRound.class)
            .validate((String) null)));
  }

  private static Arguments call(String message, ThrowingCallable call) {
    return Arguments.of(message, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void aNullArgumentIsRejectedByName(String parameter, ThrowingCallable call) {
    assertThatNullPointerException().isThrownBy(call)
        .withMessage(parameter + " must not be null");
  }
}
