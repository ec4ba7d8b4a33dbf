/**
 * The platforms a Sentry project accepts (`sentry_project.platform` of jianyuan/sentry 0.15.4, from the provider's
 * documentation: the schema's own description is cut short). `other` is for platforms not listed.
 */
export const SENTRY_PLATFORMS = [
  "other", "android", "apple", "apple-ios", "apple-macos", "bun", "capacitor", "cordova", "dart", "deno",
  "dotnet", "dotnet-aspnet", "dotnet-aspnetcore", "dotnet-awslambda", "dotnet-gcpfunctions", "dotnet-maui",
  "dotnet-uwp", "dotnet-winforms", "dotnet-wpf", "dotnet-xamarin", "electron", "elixir", "flutter", "go",
  "go-echo", "go-fasthttp", "go-fiber", "go-gin", "go-http", "go-iris", "go-martini", "go-negroni", "godot",
  "ionic", "java", "java-log4j2", "java-logback", "java-spring", "java-spring-boot", "javascript",
  "javascript-angular", "javascript-astro", "javascript-ember", "javascript-gatsby", "javascript-nextjs",
  "javascript-nuxt", "javascript-react", "javascript-react-router", "javascript-remix", "javascript-solid",
  "javascript-solidstart", "javascript-svelte", "javascript-sveltekit", "javascript-tanstackstart-react",
  "javascript-vue", "kotlin", "minidump", "native", "native-qt", "nintendo-switch", "node", "node-awslambda",
  "node-azurefunctions", "node-cloudflare-pages", "node-cloudflare-workers", "node-connect", "node-express",
  "node-fastify", "node-gcpfunctions", "node-hapi", "node-hono", "node-koa", "node-nestjs", "php", "php-laravel",
  "php-symfony", "playstation", "powershell", "python", "python-aiohttp", "python-asgi", "python-awslambda",
  "python-bottle", "python-celery", "python-chalice", "python-django", "python-falcon", "python-fastapi",
  "python-flask", "python-gcpfunctions", "python-litestar", "python-pylons", "python-pymongo", "python-pyramid",
  "python-quart", "python-rq", "python-sanic", "python-serverless", "python-starlette", "python-tornado",
  "python-tryton", "python-wsgi", "react-native", "ruby", "ruby-rack", "ruby-rails", "rust", "unity", "unreal",
  "xbox",
] as const;

/** A platform Sentry knows, e.g. "node", "python-django". */
export type SentryPlatform = (typeof SENTRY_PLATFORMS)[number];

/** The listed platforms that look like a mistyped one: same first word, or sharing its first three letters. */
export function similarPlatforms(platform: string): string[] {
  const word = platform.toLowerCase().split(/[^a-z0-9]/)[0] ?? "";
  const exact = SENTRY_PLATFORMS.filter((known) => known === word || known.startsWith(`${word}-`));
  if (exact.length > 0) {
    return exact.slice(0, 8);
  }
  return word.length < 3 ? [] : SENTRY_PLATFORMS.filter((known) => known.startsWith(word.slice(0, 3))).slice(0, 8);
}
