package dev.longyuan.programs.web;

import dev.longyuan.programs.NewRecognition;
import dev.longyuan.programs.Numbered;
import dev.longyuan.programs.Programme;
import dev.longyuan.programs.ProgrammeCount;
import dev.longyuan.programs.Programmes;
import dev.longyuan.programs.ProgrammesRefused;
import dev.longyuan.shared.DataScope;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue of programmes with each one's count per year beside its target, and a programme's
 * recognitions with filters and its chart; province administrators add and withdraw recognitions.
 */
@Controller
class ProgrammePageController {

  static final String VIEW_CATALOGUE = "programs/catalogue";
  static final String VIEW_PROGRAMME = "programs/programme";

  private final Programmes programmes;
  private final ProgrammeYears years;
  private final PageRegions regions;

  ProgrammePageController(Programmes programmes, ProgrammeYears years, PageRegions regions) {
    this.programmes = programmes;
    this.years = years;
    this.regions = regions;
  }

  @GetMapping("/programmes")
  String catalogue(
      @RequestParam(required = false) @Nullable String region, DataScope scope, Model model) {
    String shown = programmes.region(scope, region);
    model.addAttribute("counts", programmes.counts(scope, shown, years.years()));
    model.addAttribute("years", years.years());
    regions.describe(scope, shown, model);
    return VIEW_CATALOGUE;
  }

  @GetMapping("/programmes/{code}")
  String programme(
      @PathVariable String code,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String sector,
      @RequestParam(required = false) @Nullable String level,
      @RequestParam(required = false) @Nullable Integer year,
      DataScope scope,
      Model model) {
    Programme programme =
        programmes
            .programme(code)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, code));
    String shown = programmes.region(scope, region);
    ProgrammeCount count =
        programmes.counts(scope, shown, years.years()).stream()
            .filter(c -> c.programme().code().equals(code))
            .findFirst()
            .orElseThrow();
    model.addAttribute("programme", programme);
    model.addAttribute("count", count);
    model.addAttribute("years", years.years());
    model.addAttribute(
        "recognitions", programmes.recognitions(scope, code, shown, sector, level, year, 2000));
    model.addAttribute("sector", sector);
    model.addAttribute("level", level);
    model.addAttribute("year", year);
    model.addAttribute("chartJson", ProgrammeChart.of(count, years.years()).json());
    if (programme.holderKind() == Programme.HolderKind.ZONE) {
      model.addAttribute("zones", regions.zones());
    }
    regions.describe(scope, shown, model);
    return VIEW_PROGRAMME;
  }

  @PostMapping("/programmes/{code}/recognitions")
  String add(
      @PathVariable String code,
      @RequestParam(required = false) @Nullable String enterpriseCode,
      @RequestParam(required = false) @Nullable String zoneCode,
      @RequestParam(required = false) @Nullable String parkName,
      @RequestParam(required = false) @Nullable String regionCode,
      @RequestParam(defaultValue = "provincial") String level,
      @RequestParam(defaultValue = "0") int yearGranted,
      @RequestParam(required = false) @Nullable String documentNumber,
      DataScope scope,
      Principal principal,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      programmes.recordRecognitions(
          List.of(
              new Numbered<>(
                  0,
                  new NewRecognition(
                      code,
                      enterpriseCode,
                      zoneCode,
                      parkName,
                      regionCode,
                      level,
                      yearGranted,
                      null,
                      documentNumber))),
          scope,
          principal.getName(),
          "web",
          false,
          false);
    } catch (ProgrammesRefused refused) {
      model.addAttribute("errors", refused.errors());
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return programme(code, null, null, null, null, scope, model);
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/programmes/" + code;
  }

  @PostMapping("/programmes/recognitions/{id}/withdraw")
  String withdraw(
      @PathVariable long id,
      @RequestParam(defaultValue = "0") int year,
      DataScope scope,
      Principal principal,
      RedirectAttributes redirect) {
    String code =
        programmes
            .recognition(scope, id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))
            .programmeCode();
    try {
      programmes.withdrawRecognition(id, year, scope, principal.getName(), "web");
    } catch (ProgrammesRefused refused) {
      redirect.addFlashAttribute("errors", refused.errors());
      return "redirect:/programmes/" + code;
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/programmes/" + code;
  }
}
