package io.mcpwarden.deployment.test.protocol;

import io.mcpwarden.Tool;

/**
 * Tools for the protocol tests to list and call.
 */
public class Fixtures {

    @Tool(description = "Tells the time of day in words")
    String timeOfDay() {
        return "noon";
    }

    @Tool(description = "Tells the weather")
    String weather() {
        return "sunny";
    }

    @Tool(description = "Tells the season")
    String season() {
        return "spring";
    }
}
