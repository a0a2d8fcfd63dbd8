#!/usr/bin/env python3
"""Writes CatalogueTools.java for the Java servers of the benchmark: 100 tools with realistic argument schemas for the
tools/list scenario, ten domains times ten operation shapes. Run it again only to change the catalogue:
    python3 benchmark/gen-catalogue.py            (both apps; ts-server/catalogue.mjs mirrors the same shapes)
The Warden and Quarkiverse copies differ only in package, imports and the class-level scope requirement."""
import os, sys
DOMAINS = ["customer", "invoice", "shipment", "ticket", "product", "warehouse", "supplier", "contract", "employee", "project"]
SHAPES = [
    ("find", "Returns one {d} by its id, with its status and when it was last changed.", "Record find{D}(@ToolArg(description = \"The {d} id, for instance {P}-1001\") @NotBlank @Pattern(regexp = \"{P}-[0-9]{{4,8}}\") String id)", "new Record(id, Status.ACTIVE)"),
    ("list", "Lists {d}s newest first, optionally only those with one status, a page at a time.", "Page list{D}s(@ToolArg(description = \"Only {d}s with this status; omit for all\") Optional<Status> status, @ToolArg(description = \"Page size, 1 to 100\", defaultValue = \"20\") @Min(1) @Max(100) int limit, @ToolArg(description = \"Opaque cursor from the previous page\") Optional<String> cursor)", "new Page(0, List.of())"),
    ("search", "Full-text search over {d}s within a date range and region; returns matching ids ranked by relevance.", "Page search{D}s(@ToolArg(description = \"Words to look for, at most 200 characters\") @NotBlank @Size(max = 200) String query, @ToolArg(description = \"Only {d}s changed within this range\") Optional<DateRange> changed, @ToolArg(description = \"Regions to search; empty for all\") Optional<List<Region>> regions)", "new Page(0, List.of())"),
    ("create", "Creates a {d} and returns it with its new id. Changes data: confirm with the user first.", "Record create{D}(@ToolArg(description = \"A short human-readable name\") @NotBlank @Size(max = 120) String name, @ToolArg(description = \"Postal address\") @Valid Address address, @ToolArg(description = \"Free-form labels, at most 10\") @Size(max = 10) List<@NotBlank String> labels, @ToolArg(description = \"How urgent it is\", defaultValue = \"NORMAL\") Priority priority)", "new Record(name, Status.DRAFT)"),
    ("update", "Updates the name, priority or labels of a {d}; fields left out are unchanged.", "Record update{D}(@ToolArg(description = \"The {d} id\") @NotBlank String id, @ToolArg(description = \"A new name\") Optional<String> name, @ToolArg(description = \"A new priority\") Optional<Priority> priority, @ToolArg(description = \"Labels to replace the current ones\") Optional<List<String>> labels)", "new Record(id, Status.ACTIVE)"),
    ("archive", "Archives a {d} so that it no longer appears in lists. Can be undone with restore.", "Record archive{D}(@ToolArg(description = \"The {d} id\") @NotBlank String id, @ToolArg(description = \"Why, in a sentence; at most 500 characters\") @Size(max = 500) String reason)", "new Record(id, Status.ARCHIVED)"),
    ("price", "Computes the price of a set of {d} lines in a currency, with discounts and tax.", "Quote price{D}(@ToolArg(description = \"The lines to price, 1 to 50\") @NotEmpty @Size(max = 50) List<@Valid Line> lines, @ToolArg(description = \"The currency of the quote\", defaultValue = \"EUR\") Currency currency, @ToolArg(description = \"A discount in percent, 0 to 90\", defaultValue = \"0\") @Min(0) @Max(90) int discountPercent)", "new Quote(BigDecimal.ZERO, currency)"),
    ("assign", "Assigns a {d} to a person and sets when it is due.", "Record assign{D}(@ToolArg(description = \"The {d} id\") @NotBlank String id, @ToolArg(description = \"The assignee's e-mail address\") @Email String assignee, @ToolArg(description = \"When it is due (ISO-8601 date)\") LocalDate due)", "new Record(id, Status.ACTIVE)"),
    ("stats", "Returns counts and totals of {d}s per status and region over a period.", "Stats stats{D}s(@ToolArg(description = \"The period to summarise\") @Valid DateRange period, @ToolArg(description = \"Group by region as well\", defaultValue = \"false\") boolean byRegion)", "new Stats(Map.of())"),
    ("export", "Exports {d}s as a file in a format and returns a link to download it.", "String export{D}s(@ToolArg(description = \"File format\") ExportFormat format, @ToolArg(description = \"Only these ids; omit for all\") Optional<Set<String>> ids, @ToolArg(description = \"Include archived {d}s\", defaultValue = \"false\") boolean includeArchived)", "\"https://files.example.com/export.\" + format.name().toLowerCase()"),
]
def generate(flavour):
  out = ["package io.mcpwarden.bench;" if flavour == "warden" else "package io.mcpwarden.bench.peer;", "",
         "import java.math.BigDecimal;", "import java.time.LocalDate;", "import java.util.List;", "import java.util.Map;",
         "import java.util.Optional;", "import java.util.Set;", "",
         "import jakarta.validation.Valid;", "import jakarta.validation.constraints.Email;", "import jakarta.validation.constraints.Max;",
         "import jakarta.validation.constraints.Min;", "import jakarta.validation.constraints.NotBlank;", "import jakarta.validation.constraints.NotEmpty;",
         "import jakarta.validation.constraints.Pattern;", "import jakarta.validation.constraints.Positive;", "import jakarta.validation.constraints.Size;", "",
         *(["import io.mcpwarden.Tool;", "import io.mcpwarden.ToolArg;", "import io.mcpwarden.auth.RequiresScopes;", ""] if flavour == "warden" else
         ["import io.quarkiverse.mcp.server.Tool;", "import io.quarkiverse.mcp.server.ToolArg;", ""]),
         "/**", " * 100 tools with realistic argument schemas (records, enums, lists, optionals, constraints) for the tools/list", " * scenario. Generated by gen-catalogue.py; the bodies are placeholders, only the descriptors matter.", " */",
         *(["@RequiresScopes(\"bench:call\")"] if flavour == "warden" else []), "public class CatalogueTools {", "",
         "    public enum Status { DRAFT, ACTIVE, ON_HOLD, CLOSED, ARCHIVED }",
         "    public enum Priority { LOW, NORMAL, HIGH, URGENT }",
         "    public enum Region { EMEA, AMERICAS, APAC }",
         "    public enum Currency { EUR, USD, GBP, JPY, CHF }",
         "    public enum ExportFormat { CSV, JSON, XLSX, PDF }", "",
         "    /** A postal address. */",
         "    public record Address(@NotBlank @Size(max = 200) String street, @NotBlank String city, @Pattern(regexp = \"[0-9A-Z -]{3,10}\") String postalCode, @Size(min = 2, max = 2) String country) {}",
         "    /** A range of dates, both ends included. */",
         "    public record DateRange(LocalDate from, LocalDate to) {}",
         "    /** One priced line. */",
         "    public record Line(@NotBlank String sku, @Positive int quantity, BigDecimal unitPrice) {}",
         "    public record Record(String id, Status status) {}",
         "    public record Page(int total, List<String> ids) {}",
         "    public record Quote(BigDecimal total, Currency currency) {}",
         "    public record Stats(Map<String, Integer> counts) {}", ""]
  for d in DOMAINS:
      D = d.capitalize(); P = d[:3].upper()
      for verb, desc, sig, body in SHAPES:
          name = f"{verb}_{d}" + ("s" if verb in ("list", "search", "stats", "export") else "")
          out.append(f"    @Tool(name = \"{name}\", description = \"{desc.format(d=d)}\")")
          out.append(f"    {sig.format(d=d, D=D, P=P)} {{")
          out.append(f"        return {body};")
          out.append("    }")
          out.append("")
  out.append("}")
  return "\n".join(out) + "\n"

here = os.path.dirname(os.path.abspath(__file__))
for flavour, path in (("warden", "warden-app/src/main/java/io/mcpwarden/bench/CatalogueTools.java"),
                      ("quarkiverse", "quarkiverse-app/src/main/java/io/mcpwarden/bench/peer/CatalogueTools.java")):
    open(os.path.join(here, path), "w").write(generate(flavour))
