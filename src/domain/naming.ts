/** Lower-case words joined by dashes: "Intelligent Teams Planner" → "intelligent-teams-planner". */
export function slug(text: string): string {
  // String(): a name of another type (from JavaScript) becomes text here; the props schema reports it.
  return String(text).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

/** CamelCase of some words: ("intelligent-teams-planner", "availability") → "IntelligentTeamsPlannerAvailability". */
export function camelCase(...parts: string[]): string {
  return parts
    .flatMap((part) => String(part).split(/[^A-Za-z0-9]+/))
    .filter((word) => word !== "")
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join("");
}
