package uk.safeguardcases.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * A day as people in the UK write it, day/month/year ({@code 21/05/2026}; {@code 1/5/2026} too), read strictly: a
 * day that does not exist (31/02/2026) or any other form is refused with the field's {@code converterMessage},
 * never guessed. Shown back as {@code 21/05/2026}, so the hint, the field and what was typed agree.
 */
@FacesConverter("ukDate")
public class UkDateConverter implements Converter<LocalDate> {

    private static final Pattern FORM = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final DateTimeFormatter READ = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return read(value);
        } catch (DateTimeException e) {
            throw new ConverterException(e);
        }
    }

    /** The day typed as day/month/year; null for nothing typed; a {@link DateTimeException} for anything else. */
    public static LocalDate read(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String typed = value.strip();
        if (!FORM.matcher(typed).matches()) {
            throw new DateTimeException("Not day/month/year: " + typed.length() + " characters");
        }
        return LocalDate.parse(typed, READ);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : SHOW.format(value);
    }

    /** Today (or any day) as the field shows it, for a hint's example. */
    public static String show(LocalDate day) {
        return SHOW.format(day);
    }
}
