package com.acme.notes;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.mcpwarden.Tool;
import io.mcpwarden.ToolArg;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.auth.RequiresScopes;

/**
 * Each user's own notes. Reading needs {@code notes:read}; writing needs {@code notes:write}. The caller comes from
 * the verified token, so nobody reads or writes anybody else's notes.
 */
@RequiresScopes("notes:read")
public class NoteTools {

    private final Map<String, List<String>> notesBySubject = new ConcurrentHashMap<>();

    @Tool(name = "list_notes", description = "Lists your notes, oldest first", readOnlyHint = true)
    Notes listNotes(Caller caller) {
        return new Notes(List.copyOf(notesOf(caller)));
    }

    @RequiresScopes("notes:write")
    @Tool(name = "add_note", description = "Adds a note to your notes and returns them all")
    Notes addNote(Caller caller,
            @ToolArg(description = "What to remember, in a sentence or two") @NotBlank @Size(max = 500) String text) {
        List<String> notes = notesOf(caller);
        notes.add(text.strip());
        return new Notes(List.copyOf(notes));
    }

    private List<String> notesOf(Caller caller) {
        return notesBySubject.computeIfAbsent(caller.subject(), subject -> new CopyOnWriteArrayList<>());
    }

    /**
     * A tool result: returned as {@code structuredContent}, described by the tool's output schema.
     */
    public record Notes(List<String> notes) {
    }
}
