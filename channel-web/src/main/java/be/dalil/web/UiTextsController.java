package be.dalil.web;

import be.dalil.i18n.Language;
import be.dalil.i18n.Messages;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The web page's own texts ({@code i18n/web_*.properties}), per language, with the direction. */
@RestController
class UiTextsController {

  static final String BUNDLE = "i18n/web";
  private final Messages messages = new Messages(BUNDLE);

  @GetMapping(path = "/api/v1/ui-texts", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> texts(@RequestParam(required = false) String lang) {
    Language language = KnowledgeController.language(lang);
    Map<String, String> texts = new TreeMap<>();
    for (String key : messages.keys(language)) {
      texts.put(key, messages.pattern(language, key));
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noCache())
        .body(Map.of("language", language.code(),
            "dir", language.isRightToLeft() ? "rtl" : "ltr",
            "texts", texts));
  }
}
