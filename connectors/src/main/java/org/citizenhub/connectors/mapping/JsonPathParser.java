package org.citizenhub.connectors.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads the text of a {@link JsonPath} into steps; every error names the problem and its position. */
final class JsonPathParser {

    private final String text;
    private int pos;

    JsonPathParser(String text) {
        this.text = text == null ? "" : text.trim();
    }

    JsonPath parse() {
        if (!text.startsWith("$")) {
            throw error("a JSON path starts with '$'");
        }
        pos = 1;
        List<PathStep> steps = steps(false);
        if (pos < text.length()) {
            throw error("unexpected '" + text.charAt(pos) + "'");
        }
        return new JsonPath(text, steps);
    }

    /** Steps up to the end, or (inside a filter) up to the first character that cannot continue a path. */
    private List<PathStep> steps(boolean inFilter) {
        List<PathStep> steps = new ArrayList<>();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '.') {
                steps.add(dotStep());
            } else if (c == '[') {
                steps.add(bracketStep(inFilter));
            } else if (inFilter) {
                break;
            } else {
                throw error("expected '.' or '[' but found '" + c + "'");
            }
        }
        return steps;
    }

    private PathStep dotStep() {
        pos++; // '.'
        if (pos < text.length() && text.charAt(pos) == '.') {
            throw error("recursive descent '..' is not supported; write the full path");
        }
        if (pos < text.length() && text.charAt(pos) == '*') {
            pos++;
            return new PathStep.Wildcard();
        }
        int start = pos;
        while (pos < text.length() && ".[]()=!<>&|' \"".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        if (pos == start) {
            throw error("expected a field name after '.'");
        }
        return new PathStep.Property(text.substring(start, pos));
    }

    private PathStep bracketStep(boolean inFilter) {
        pos++; // '['
        skipSpaces();
        PathStep step;
        char c = peek();
        if (c == '*') {
            pos++;
            step = new PathStep.Wildcard();
        } else if (c == '\'' || c == '"') {
            step = new PathStep.Property(quoted());
        } else if (c == '?') {
            if (inFilter) {
                throw error("nested filters are not supported");
            }
            step = new PathStep.Filter(filter());
        } else if (c == '-' || Character.isDigit(c)) {
            step = new PathStep.Index(integer());
        } else {
            throw error("expected an index, '*', a quoted name or a filter '?(...)' after '['");
        }
        skipSpaces();
        expect(']');
        return step;
    }

    private PathFilter filter() {
        pos++; // '?'
        skipSpaces();
        expect('(');
        List<PathFilter.Condition> conditions = new ArrayList<>();
        do {
            skipSpaces();
            conditions.add(condition());
            skipSpaces();
        } while (consume("&&"));
        if (peek() == '|') {
            throw error("'||' is not supported in filters; use two fields");
        }
        expect(')');
        return new PathFilter(conditions);
    }

    private PathFilter.Condition condition() {
        expect('@');
        int start = pos - 1;
        List<PathStep> relative = steps(true);
        JsonPath path = new JsonPath("$" + text.substring(start + 1, pos), relative);
        skipSpaces();
        PathFilter.Operator operator = operator();
        if (operator == PathFilter.Operator.EXISTS) {
            return new PathFilter.Condition(path, operator, null);
        }
        skipSpaces();
        return new PathFilter.Condition(path, operator, literal());
    }

    private PathFilter.Operator operator() {
        if (consume("==")) return PathFilter.Operator.EQ;
        if (consume("!=")) return PathFilter.Operator.NE;
        if (consume("<=")) return PathFilter.Operator.LE;
        if (consume(">=")) return PathFilter.Operator.GE;
        if (consume("<")) return PathFilter.Operator.LT;
        if (consume(">")) return PathFilter.Operator.GT;
        if (peek() == '=') {
            throw error("use '==' to compare");
        }
        return PathFilter.Operator.EXISTS;
    }

    private Object literal() {
        char c = peek();
        if (c == '\'' || c == '"') {
            return quoted();
        }
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || "+-._".indexOf(text.charAt(pos)) >= 0)) {
            pos++;
        }
        String word = text.substring(start, pos);
        switch (word) {
            case "true": return Boolean.TRUE;
            case "false": return Boolean.FALSE;
            case "null": return null;
            default:
                try {
                    return new BigDecimal(word);
                } catch (NumberFormatException e) {
                    pos = start;
                    throw error("expected a quoted string, a number, true, false or null");
                }
        }
    }

    private String quoted() {
        char quote = text.charAt(pos++);
        StringBuilder out = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != quote) {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            out.append(c);
        }
        if (pos >= text.length()) {
            throw error("unterminated quoted name");
        }
        pos++;
        return out.toString();
    }

    private int integer() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        try {
            return Integer.parseInt(text.substring(start, pos));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("expected an index");
        }
    }

    private boolean consume(String token) {
        if (text.startsWith(token, pos)) {
            pos += token.length();
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error(pos >= text.length() ? "missing '" + c + "' at the end" : "expected '" + c + "' but found '" + peek() + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private IllegalArgumentException error(String reason) {
        return new IllegalArgumentException("invalid JSON path '" + text + "': " + reason + " (at position " + (pos + 1) + ")");
    }
}
