package be.dalil.web;

import be.dalil.bot.message.StartLink;
import be.dalil.i18n.Language;
import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.InvalidRequestException;
import be.dalil.knowledge.KnowledgeBase;
import be.dalil.knowledge.Municipality;
import be.dalil.knowledge.Topic;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.servlet.http.HttpServletRequest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Counsellor links: a web link, a Telegram deep link and a QR code that open the assistant in a
 * language, at a place, on a topic. The links carry no personal data.
 */
@RestController
class LinksController {

  private final KnowledgeBase knowledge;
  private final WebProperties properties;
  private final PublicAddress address;

  LinksController(KnowledgeBase knowledge, WebProperties properties, PublicAddress address) {
    this.knowledge = knowledge;
    this.properties = properties;
    this.address = address;
  }

  record LinkView(String code, String webUrl, String telegramUrl, String webQr, String telegramQr,
      String language, String place, String topic) {}

  @GetMapping(path = "/api/v1/links", produces = MediaType.APPLICATION_JSON_VALUE)
  LinkView link(@RequestParam(required = false) String lang,
      @RequestParam(required = false) String place,
      @RequestParam(required = false) String topic,
      HttpServletRequest request) {
    Language language = Language.fromStrictCode(lang).orElseThrow(() ->
        new InvalidRequestException(ErrorCode.UNKNOWN_LANGUAGE, "lang must be one of ar, en, fr, nl."));
    Optional<Municipality> municipality = Optional.empty();
    if (place != null && !place.isBlank()) {
      municipality = knowledge.places().byId(place)
          .or(() -> knowledge.places().resolve(place).map(p -> p.municipality()));
      if (municipality.isEmpty()) {
        throw new InvalidRequestException(ErrorCode.UNKNOWN_PLACE, "Unknown place '" + place
            + "'.", knowledge.places().suggestions(place));
      }
    }
    Optional<Topic> chosen = Optional.empty();
    if (topic != null && !topic.isBlank()) {
      chosen = Topic.fromId(topic).filter(Topic::isPractical);
      if (chosen.isEmpty()) {
        throw new InvalidRequestException(ErrorCode.UNKNOWN_TOPIC, "Unknown topic '" + topic
            + "'.");
      }
    }
    StartLink link = new StartLink(language, municipality.map(Municipality::id), chosen);
    String code = link.code();
    String web = baseUrl(request) + "/?start=" + code;
    String telegram = properties.telegramBotUsername().isBlank() ? null : telegramUrl(link);
    String qr = "/api/v1/links/qr.png?code=" + code;
    return new LinkView(code, web, telegram, qr + "&target=web",
        telegram == null ? null : qr + "&target=telegram", language.code(),
        municipality.map(Municipality::officialName).orElse(null),
        chosen.map(Topic::id).orElse(null));
  }

  /** A QR code (PNG) of the web or Telegram link of a start code. */
  @GetMapping(path = "/api/v1/links/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
  ResponseEntity<byte[]> qr(@RequestParam String code,
      @RequestParam(defaultValue = "web") String target, HttpServletRequest request) {
    StartLink link = StartLink.parse(code).orElseThrow(() -> new InvalidRequestException(
        ErrorCode.INVALID_PARAMETER, "code is not a valid link code."));
    String url;
    if (target.equals("telegram")) {
      if (properties.telegramBotUsername().isBlank()) {
        throw new InvalidRequestException(ErrorCode.INVALID_PARAMETER,
            "No Telegram bot is configured.");
      }
      url = telegramUrl(link);
    } else if (target.equals("web")) {
      url = baseUrl(request) + "/?start=" + URLEncoder.encode(link.code(), StandardCharsets.UTF_8);
    } else {
      throw new InvalidRequestException(ErrorCode.INVALID_PARAMETER,
          "target must be web or telegram.");
    }
    return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
        .cacheControl(CacheControl.noStore()).body(png(url, 8));
  }

  static byte[] png(String text, int scale) {
    try {
      BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
              EncodeHintType.MARGIN, 4));
      int size = matrix.getWidth() * scale;
      BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
      for (int y = 0; y < size; y++) {
        for (int x = 0; x < size; x++) {
          image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (WriterException e) {
      throw new IllegalStateException("QR encoding failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bot's deep link: {@code https://t.me/<bot>?start=<code>}. */
  private String telegramUrl(StartLink link) {
    return "https://t.me/" + properties.telegramBotUsername().replaceFirst("^@", "") + "?start="
        + link.code();
  }

  private String baseUrl(HttpServletRequest request) {
    return address.base(request);
  }
}
