// The README's walk-through with the TypeScript client: create the agent with the user's
// Letta body, tell it the user's real name over StreamStep, read the `human` block.
//
//   MEMSVC_ADDRESS=localhost:50051 npm run walkthrough
//
// Prints each event kind as it arrives, then one JSON line:
// {"agent_id": ..., "events": [...], "human": ..., "reply": ...}. Exits 1 on any error.

import { MemsvcClient, MemsvcError, type EventKind } from "./index.js";

const address = process.env.MEMSVC_ADDRESS || "localhost:50051";
const model = process.env.MEMSVC_MODEL || "deepseek-chat";

async function walkthrough(client: MemsvcClient): Promise<void> {
  const agent = await client.createAgent({
    llm_config: {
      model,
      model_endpoint_type: "deepseek",
      context_window: 16384,
      model_endpoint: "https://api.deepseek.com/v1",
      put_inner_thoughts_in_kwargs: true,
    },
    embedding_config: { embedding_model: "glm-4.6", embedding_endpoint_type: "ollama", embedding_dim: 1024 },
    memory_blocks: [
      { label: "human", value: "My name is Xiaoming, I am a product manager" },
      { label: "persona", value: "You are Letta, my assistant" },
    ],
  });
  console.log(`created agent ${agent.id}`);

  const stream = client.streamStep(agent.id);
  stream.send("I'm not Xiaoming, my name is Alibaba");
  const events: EventKind[] = [];
  const replies: string[] = [];
  let streamed = ""; // the reply as the LLM wrote it, token by token (text_delta events, not stored)
  for await (const event of stream) {
    if (!event.event) continue; // an event kind newer than this client
    if (event.text_delta) {
      if (event.text_delta.kind === "TEXT_DELTA_KIND_ASSISTANT_MESSAGE") streamed += event.text_delta.text;
      continue;
    }
    events.push(event.event);
    console.log(`event ${event.sequence}: ${event.event}`);
    if (event.assistant_message) replies.push(event.assistant_message.content);
    const end = event.turn_end;
    if (end) {
      if (end.error && end.error.code !== 0) {
        const error = MemsvcError.fromStatus(end.error);
        throw new Error(`the turn ended with ${end.stop_reason}: ${error.message}`, { cause: error });
      }
      stream.end(); // no more input: the server closes the stream and the loop ends
    }
  }
  if (events.at(-1) !== "turn_end") throw new Error("the stream ended before the turn did");

  const human = await client.getMemoryBlock(agent.id, "human");
  console.log(JSON.stringify({ agent_id: agent.id, events, human: human.value, reply: replies.join("\n"), streamed }));
}

const client = new MemsvcClient(address, { timeoutMs: 60_000 });
try {
  await walkthrough(client);
} catch (err) {
  let message = err instanceof Error ? err.message : String(err);
  if (err instanceof MemsvcError && err.codeName === "UNAVAILABLE" && !err.reason) {
    message += ` (is memsvc running at ${address}? Set MEMSVC_ADDRESS=host:port)`;
  }
  console.error(`walkthrough failed: ${message}`);
  process.exitCode = 1;
} finally {
  client.close();
}
