// The user's walk-through with a Java client generated from memsvc's protos (buf.gen.yaml:
// Debian's protoc and grpc-java plugin), with the user's own Letta JSON bodies.
//
//   java -cp ... Walkthrough [HOST:PORT]      (default localhost:50051)
//
// Creates the agent, sends "I'm not Xiaoming, my name is Alibaba", prints every event
// of the turn, and reads the `human` block back. Exits 0 if it names Alibaba.

import com.google.protobuf.util.JsonFormat;
import com.google.rpc.ErrorInfo;
import com.memsvc.v1.Agent;
import com.memsvc.v1.AgentServiceGrpc;
import com.memsvc.v1.CreateAgentRequest;
import com.memsvc.v1.GetMemoryBlockRequest;
import com.memsvc.v1.MemoryBlock;
import com.memsvc.v1.MemoryServiceGrpc;
import com.memsvc.v1.SendMessageRequest;
import com.memsvc.v1.SendMessageResponse;
import com.memsvc.v1.StepEvent;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.protobuf.StatusProto;
import java.util.concurrent.TimeUnit;

public final class Walkthrough {
  // The user's Letta bodies, as they are.
  static final String CREATE_AGENT =
      "{\"llm_config\": {\"model\": \"deepseek-chat\", \"model_endpoint_type\": \"deepseek\","
          + " \"context_window\": 16384, \"model_endpoint\": \"https://api.deepseek.com/v1\","
          + " \"put_inner_thoughts_in_kwargs\": true},"
          + " \"embedding_config\": {\"embedding_model\": \"glm-4.6\", \"embedding_endpoint_type\": \"ollama\","
          + " \"embedding_dim\": 1024},"
          + " \"memory_blocks\": [{\"label\": \"human\", \"value\": \"My name is Xiaoming, I am a product manager\"},"
          + " {\"label\": \"persona\", \"value\": \"You are Letta, my assistant\"}]}";
  static final String SEND_MESSAGE =
      "{\"messages\": [{\"role\": \"user\", \"content\": \"I'm not Xiaoming, my name is Alibaba\"}],"
          + " \"stream\": false}";

  public static void main(String[] args) throws Exception {
    String target = args.length > 0 ? args[0] : "localhost:50051";
    ManagedChannel channel = NettyChannelBuilder.forTarget(target).usePlaintext().build();
    try {
      AgentServiceGrpc.AgentServiceBlockingStub agents = AgentServiceGrpc.newBlockingStub(channel);
      MemoryServiceGrpc.MemoryServiceBlockingStub memory = MemoryServiceGrpc.newBlockingStub(channel);

      CreateAgentRequest.Builder create = CreateAgentRequest.newBuilder();
      JsonFormat.parser().merge(CREATE_AGENT, create);
      Agent agent = agents.createAgent(create.build()).getAgent();
      System.out.println("agent " + agent.getId() + " (" + agent.getName() + ")");

      SendMessageRequest.Builder send = SendMessageRequest.newBuilder();
      JsonFormat.parser().merge(SEND_MESSAGE, send);
      send.setAgentId(agent.getId());
      SendMessageResponse turn = agents.sendMessage(send.build());
      for (StepEvent event : turn.getEventsList()) {
        System.out.println("  " + describe(event));
      }

      MemoryBlock human =
          memory
              .getMemoryBlock(
                  GetMemoryBlockRequest.newBuilder().setAgentId(agent.getId()).setLabel("human").build())
              .getBlock();
      System.out.println("human: " + human.getValue());
      System.exit(human.getValue().contains("Alibaba") ? 0 : 1);
    } catch (StatusRuntimeException e) {
      com.google.rpc.Status status = StatusProto.fromThrowable(e);
      String reason = "";
      if (status != null) {
        for (com.google.protobuf.Any detail : status.getDetailsList()) {
          if (detail.is(ErrorInfo.class)) {
            reason = " " + detail.unpack(ErrorInfo.class).getReason();
          }
        }
      }
      System.err.println("error: " + e.getStatus().getCode() + reason + ": " + e.getStatus().getDescription());
      System.exit(2);
    } finally {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  static String describe(StepEvent event) {
    switch (event.getEventCase()) {
      case INNER_THOUGHT:
        return "thought: " + event.getInnerThought().getText();
      case FUNCTION_CALL:
        return "call: " + event.getFunctionCall().getName() + " " + event.getFunctionCall().getArguments();
      case FUNCTION_RESULT:
        return "result: " + event.getFunctionResult().getName() + (event.getFunctionResult().getOk() ? " ok" : " failed");
      case ASSISTANT_MESSAGE:
        return "agent: " + event.getAssistantMessage().getContent();
      case TURN_END:
        return "turn end: " + event.getTurnEnd().getStopReason();
      default:
        return event.getEventCase().name().toLowerCase();
    }
  }
}
