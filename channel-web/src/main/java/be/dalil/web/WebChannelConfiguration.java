package be.dalil.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The web channel's entry point: import it into the application. It needs an
 * {@link be.dalil.bot.Assistant}, a {@link be.dalil.knowledge.KnowledgeBase} and a
 * {@link java.time.Clock} bean.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(WebProperties.class)
public class WebChannelConfiguration {}
