package ilium.shared;

import java.time.temporal.Temporal;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON as API.md wants it: strings never carry NUL characters or unpaired surrogates
 * (PostgreSQL would refuse the one and store {@code ?} for the other), dates and times
 * lie in the years 1900..2100 ({@link SupportedDates}), an object never names one key
 * twice (which of the two would count is a parser's guess), and a value of the wrong JSON
 * type is refused, never converted (400 naming the field): Jackson would otherwise read
 * {@code 7.9} as 7, {@code "6"} as 6, {@code 1} as {@code true}, {@code 5} as the text
 * "5" and {@code 1} as an enum's second constant, silently changing what a clinician
 * entered. Unknown fields and trailing tokens are refused through
 * {@code spring.jackson.deserialization.*} in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer rejectUnstorableValues() {
		SimpleModule module = new SimpleModule("ilium-values");
		module.addDeserializer(String.class, new StorableStringDeserializer());
		module.setDeserializerModifier(new SupportedDatesOnly());
		return builder -> builder.addModule(module).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
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

	static final class StorableStringDeserializer extends StdScalarDeserializer<String> {

		StorableStringDeserializer() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = StringDeserializer.instance.deserialize(parser, context);
			if (value == null) {
				return null;
			}
			if (value.indexOf('\0') >= 0) {
				throw new RejectedJsonValueException(parser, "must not contain NUL characters", String.class);
			}
			if (hasUnpairedSurrogate(value)) {
				throw new RejectedJsonValueException(parser, "must not contain unpaired surrogates", String.class);
			}
			return value;
		}

		static boolean hasUnpairedSurrogate(String value) {
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (Character.isHighSurrogate(c) && i + 1 < value.length()
						&& Character.isLowSurrogate(value.charAt(i + 1))) {
					i++;
				}
				else if (Character.isSurrogate(c)) {
					return true;
				}
			}
			return false;
		}

	}

	/** Wraps every date and time deserializer in the supported-years check. */
	static final class SupportedDatesOnly extends ValueDeserializerModifier {

		@Override
		public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
				ValueDeserializer<?> deserializer) {
			return Temporal.class.isAssignableFrom(bean.getBeanClass()) ? new SupportedDateDeserializer(deserializer)
					: deserializer;
		}

	}

	static final class SupportedDateDeserializer extends DelegatingDeserializer {

		SupportedDateDeserializer(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new SupportedDateDeserializer(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			Object value = super.deserialize(parser, context);
			if (value instanceof Temporal temporal && !SupportedDates.contain(temporal)) {
				throw new RejectedJsonValueException(parser, SupportedDates.MESSAGE, handledType());
			}
			return value;
		}

	}

}
