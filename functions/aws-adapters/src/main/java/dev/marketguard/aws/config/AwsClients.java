package dev.marketguard.aws.config;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * SDK clients built from a function's environment. The URL-connection HTTP client starts fastest
 * and keeps the zip small (DESIGN.md section 2). {@code AWS_ENDPOINT_URL} points every client at
 * an emulator (LocalStack, moto server); explicit keys in the environment are used when given.
 */
public final class AwsClients {
    private AwsClients() {
    }

    public static DynamoDbClient dynamoDb(AwsEnvironment env) {
        return configure(DynamoDbClient.builder(), env).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    public static SnsClient sns(AwsEnvironment env) {
        return configure(SnsClient.builder(), env).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    private static <B extends AwsClientBuilder<B, C>, C> B configure(B builder, AwsEnvironment env) {
        env.optional("AWS_REGION").ifPresent(region -> builder.region(Region.of(region)));
        env.optional("AWS_ENDPOINT_URL").ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
        env.optional("AWS_ACCESS_KEY_ID").ifPresent(key -> {
            if (env.optional("AWS_SESSION_TOKEN").isEmpty()) {
                builder.credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(key, env.required("AWS_SECRET_ACCESS_KEY"))));
            }
        });
        return builder;
    }
}
