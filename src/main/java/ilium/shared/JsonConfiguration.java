package ilium.shared;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON as API.md wants it: strings never carry NUL characters, and a value of the wrong
 * JSON type is refused, never converted (400 naming the field): Jackson would otherwise
 * read {@code 7.9} as 7, {@code "6"} as 6, {@code 1} as {@code true}, {@code 5} as the
 * text "5" and {@code 1} as an enum's second constant, silently changing what a clinician
 * entered. Unknown fields and trailing tokens are refused through
 * {@code spring.jackson.deserialization.*} in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer rejectNulCharacters() {
		SimpleModule module = new SimpleModule("ilium-strings");
		module.addDeserializer(String.class, new NulRejectingStringDeserializer());
		return builder -> builder.addModule(module);
	}

	@Bean
	JsonMapperBuilderCustomizer refuseWrongTypes() {
		return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.withCoercionConfig(LogicalType.Textual,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}

	static final class NulRejectingStringDeserializer extends StdScalarDeserializer<String> {

		NulRejectingStringDeserializer() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = StringDeserializer.instance.deserialize(parser, context);
			if (value != null && value.indexOf('\0') >= 0) {
				throw new NulCharacterException(parser);
			}
			return value;
		}

	}

}
