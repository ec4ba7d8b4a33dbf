import { describe, expect, it } from "vitest";
import { credentialInText, credentialProblems, isCredentialHeader } from "../../../src/domain/validation/credentials";
import { SecretRef } from "../../../src/domain/secret";

describe("credentials in clear", () => {
  it.each([
    ["https://user:hunter2@api.example.com/health", "a URL with a user name or password (userinfo)"],
    ["https://token@api.example.com", "a URL with a user name or password (userinfo)"],
    ["http://prometheus:9090@evil.example.com", "a URL with a user name or password (userinfo)"],
    ["https://api.example.com/v1?api_key=abc123", 'a credential parameter "api_key="'],
    ["https://api.example.com/v1?plan=1&access_token=abc", 'a credential parameter "access_token="'],
    ["https://s3.example.com/o?X-Amz-Signature=abc", 'a credential parameter "X-Amz-Signature="'],
    ["user=robot&password=hunter2", 'a credential parameter "password="'],
    ['{"email":"a@example.com","password":"hunter2"}', 'a credential field "password"'],
    ['{"nested":{"apiKey":"abc"}}', 'a credential field "apiKey"'],
    ["Bearer eyJhbGciOiJIUzI1NiJ9", "an authorization credential (Bearer, Basic, Token)"],
  ])("finds %s", (text, found) => {
    expect(credentialInText(text)).toBe(found);
  });

  it.each([
    "https://api.example.com/health",
    "https://{{ USER }}:{{ PASSWORD }}@api.example.com",
    "https://api.example.com/v1?api_key={{ API_KEY }}",
    "https://api.example.com/v1?plan={{ PLAN_ID }}&page=2",
    '{"email":"robot@example.com","password":"{{ ROBOT_PASSWORD }}"}',
    "Bearer {{ TOKEN }}",
    "alice@example.com",
    'http_requests_total{service="checkout",code=~"5.."}',
    "smtp.example.com:587",
  ])("accepts %s", (text) => {
    expect(credentialInText(text)).toBeUndefined();
  });

  it.each([
    ["Authorization", true],
    ["Cookie", true],
    ["X-Api-Key", true],
    ["X-Auth-Key", true],
    ["X-Auth-Email", true],
    ["X-Vault-Token", true],
    ["Client-Secret", true],
    ["X-Honeycomb-Key", true],
    ["Content-Type", false],
    ["Accept", false],
    ["X-Request-Id", false],
  ])("header %s carries a credential: %s", (name, credential) => {
    expect(isCredentialHeader(name)).toBe(credential);
  });

  it("walks props to the prop path, past SecretRefs, headers, bodies and browser steps", () => {
    const problems = credentialProblems({
      url: "https://u:p@example.com",
      webhook: SecretRef.kubernetes("watchkeeper-alertmanager", "hook"),
      steps: [
        { kind: "http", headers: { "X-Auth-Key": "abc", Accept: "text/plain", Authorization: "Bearer {{ TOKEN }}" }, body: "password=x" },
        { kind: "type", selector: "input[type=password]", text: "hunter2" },
        { kind: "type", selector: "#pwd", text: "{{ PASSWORD }}" },
      ],
    });
    expect(problems.map((problem) => problem.split(":")[0])).toEqual(["url", "steps[0].headers.X-Auth-Key", "steps[0].body", "steps[1].text"]);
    expect(problems.every((problem) => problem.includes("SecretRef") && problem.includes("{{ NAME }}"))).toBe(true);
  });
});
