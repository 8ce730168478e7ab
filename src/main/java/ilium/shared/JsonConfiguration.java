package ilium.shared;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON as API.md wants it: strings never carry NUL characters (refused with 400 naming
 * the field). Unknown fields and trailing tokens are refused through
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
